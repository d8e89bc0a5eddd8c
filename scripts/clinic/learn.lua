-- learn.lua -- how pain works: the 15 key messages of CONTENT.md section 2 (M1-M15), one idea
-- a screen, in our own words. Pictures are in assets/pictures/ (our own drawings).
-- Words to avoid (CONTENT.md 2.2) are not used here. Clinical content: NOT YET REVIEWED.

-- M1
scene "learn_real" {
  say "Your pain is real.",
  say "Pain is always a real experience. We believe you, and we want to understand your pain with you.",
  go = "learn_protector",
}

-- M2
scene "learn_protector" {
  say "Pain is a protector.",
  say "Pain is your body's way of asking you to protect yourself. It is not a direct measure of damage.",
  go = "learn_hurt_harm",
}

-- M3
scene "learn_hurt_harm" {
  say "Hurt does not always mean harm.",
  say "You can have a lot of pain with little damage. You can also have damage with little pain.",
  say "A paper cut can hurt a lot. Some people break a bone and hardly feel it at first.",
  go = "learn_alarm",
}

-- M4: the alarm system
scene "learn_alarm" {
  picture "alarm",
  say "Your alarm system can get extra sensitive.",
  say "Your nerves work like an alarm. After an injury, or when pain lasts a long time, the alarm can stay on high alert.",
  say "Then it may go off for small things, like a smoke alarm that rings when you make toast.",
  go = "learn_volume",
}

-- M5: the volume dial
scene "learn_volume" {
  picture "volume",
  say "Many things turn pain up or down, like a volume dial.",
  say "Poor sleep, stress, worry and low mood can turn pain up.",
  say "So can past experiences, what you believe is wrong, and how people around you react.",
  say "Good sleep, feeling safe and support from others can help turn it down.",
  go = "learn_balance",
}

-- M6: danger and safety (idea credited to Butler and Moseley; our own words and picture)
scene "learn_balance" {
  picture "balance",
  say "Your brain weighs up danger and safety.",
  say "It looks at signs of danger and signs of safety. When it sees more danger, it can turn pain up.",
  say "More signs of safety can help turn pain down. For example: knowing what is going on, feeling in control, and doing things you enjoy.",
  go = "learn_scans",
}

-- M7: what scans show (Brinjikji 2015: disc bulge in 3 in 10 pain-free people at 20, more
-- than 8 in 10 at 80)
scene "learn_scans" {
  picture "scans_by_age",
  say "Scans often show changes in people with no pain at all.",
  say "Take people who have no back pain. At age 20, about 3 in 10 have a disc bulge on a scan. At age 80, more than 8 in 10 do.",
  say "Most of these are normal age changes, like grey hair. A scan finding alone rarely explains your pain.",
  go = "learn_scan_needed",
}

-- M8
scene "learn_scan_needed" {
  say "A scan is not always needed.",
  say "For most back pain, a scan does not change the treatment.",
  say "Experts advise a scan when there are warning signs, or when the result would change what we do. Your clinician can tell you if you need one.",
  go = "learn_not_dangerous",
}

-- M9
scene "learn_not_dangerous" {
  say "Most back pain is not dangerous, and most bouts get better.",
  say "Back pain is very common. It is rarely caused by a serious disease.",
  say "For some people, pain lasts or comes back. Even then, there is a lot that can help.",
  go = "learn_movement",
}

-- M10
scene "learn_movement" {
  picture "steps",
  say "Movement helps.",
  say "Gentle, regular movement and exercise are safe. They help most people.",
  say "Start small, and build up a little at a time.",
  go = "learn_avoid",
}

-- M11
scene "learn_avoid" {
  picture "cycle",
  say "Avoiding movement can keep pain going.",
  say "When we fear a movement, we avoid it. Then the body gets stiffer, weaker and more sensitive, and the fear grows.",
  say "Going back to things step by step breaks this cycle, and builds your confidence.",
  go = "learn_flare",
}

-- M12
scene "learn_flare" {
  picture "flare",
  say "Flare-ups happen, and they usually settle.",
  say "A flare-up is usually your alarm turning up, not new damage.",
  say "It helps to have a plan for flare-ups. Your clinician can help you make one.",
  go = "learn_sleep",
}

-- M13
scene "learn_sleep" {
  say "Sleep and pain affect each other.",
  say "A bad night can make you more sensitive to pain the next day.",
  say "Better sleep is part of treatment.",
  go = "learn_learning",
}

-- M14 (honest about the evidence: it helps most with exercise and hands-on care)
scene "learn_learning" {
  say "Learning about pain is part of treatment.",
  say "Knowing how pain works can make it less scary, and help you move more.",
  say "It works best together with exercise and hands-on care.",
  go = "learn_change",
}

-- M15
scene "learn_change" {
  say "Your nervous system can change.",
  say "It learned to protect you, and it can learn to calm down.",
  say "With time, movement, support and a better understanding, pain often becomes less sensitive. You are not alone in this.",
  go = "about_intro",
}
