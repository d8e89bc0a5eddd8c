-- learn.lua -- how pain works: the 15 key messages of CONTENT.md section 2 (M1-M15), one idea
-- a screen, in our own words. Pictures are in assets/pictures/ (our own drawings).
--
-- A short way first (issue 12): 6 screens with the ideas a patient most needs before the
-- appointment -- M1 (real), M4 (alarm), M7 (scans, for their area), M9 (not dangerous, for
-- their area), M10 (movement), M12 (flare-ups). The last of them offers "Tell me more" (the
-- other 9: M2, M3, M5, M6, M8, M11, M13, M14, M15) or "Go on". For the clinical lead to
-- check: which 6 come first.
-- Words to avoid (CONTENT.md 2.2) are not used here. Clinical content: NOT YET REVIEWED.
--
-- After a "today" item (the patient went by scene safety_today, red_flags.lua), the first
-- screen and the "not dangerous" screen begin with "Your clinician will check your answers
-- first": they must not sound as if the kiosk had cleared the patient.
-- M7-M9 come in versions for the back (or no area chosen), the neck, the leg (hip or knee),
-- the arm (shoulder) and other places: one version, for the first of these areas chosen.
-- Only the back version gives numbers (CONTENT.md M7, Brinjikji 2015); the others say
-- "often" and "many", which the clinical lead should check against local sources.

local CHECK_FIRST = visited("safety_today")

-- Which version of M7-M9: the first area chosen in the order back, neck, leg, arm, other.
local function chose(...)
  return answered("areas", ...)
end
local BACK = any(chose("back"), none(answered("areas")))
local NECK = all(chose("neck"), none(BACK))
local LEG = all(chose("leg"), none(chose("back", "neck")))
local ARM = all(chose("arm"), none(chose("back", "neck", "leg")))
local OTHER = all(chose("other"), none(chose("back", "neck", "leg", "arm")))

-- M1
scene "learn_real" {
  say "Your clinician will check your answers first. Here are some facts about pain while you wait." { when = CHECK_FIRST },
  say "Your pain is real." { heading = true },
  say "Pain is always a real experience. We believe you, and we want to understand your pain with you.",
  go = "learn_alarm",
}

-- "Tell me more": M2, M3, M5, M6, M8, M11, M13, M14, M15, then the questions about you.
-- M2
scene "learn_protector" {
  say "Pain is a protector." { heading = true },
  say "Pain is your body's way of asking you to protect yourself. It is not a direct measure of damage.",
  go = "learn_hurt_harm",
}

-- M3
scene "learn_hurt_harm" {
  say "Hurt does not always mean harm." { heading = true },
  say "You can have a lot of pain with little damage. You can also have damage with little pain.",
  say "A paper cut can hurt a lot. Some people break a bone and hardly feel it at first.",
  go = "learn_volume",
}

-- M4: the alarm system
scene "learn_alarm" {
  picture "alarm",
  say "Your alarm system can get extra sensitive." { heading = true },
  say "Your nerves work like an alarm. After an injury, or when pain lasts a long time, the alarm can stay on high alert.",
  say "Then it may go off for small things, like a smoke alarm that rings when you make toast.",
  go = "learn_scans",
}

-- M5: the volume dial
scene "learn_volume" {
  picture "volume",
  say "Many things can turn pain up or down, like a dial." { heading = true },
  say "Poor sleep, stress, worry, low mood and past experiences can turn it up.",
  say "Sleep, feeling safe and support can turn it down.",
  say "This does not mean it is in your head or your fault.",
  go = "learn_balance",
}

-- M6: danger and safety (idea credited to Butler and Moseley; our own words and picture)
scene "learn_balance" {
  picture "balance",
  say "Your brain weighs up danger and safety." { heading = true },
  say "Signs of danger can turn pain up. Signs of safety help turn it down: knowing what is going on, feeling in control, doing things you enjoy.",
  say "This does not mean it is in your head or your fault.",
  go = "learn_scan_needed",
}

-- M7: what scans show. Back: Brinjikji 2015 (disc bulge in 3 in 10 pain-free people at 20,
-- more than 8 in 10 at 80). Neck, knee or hip, shoulder: the same finding (changes are common
-- without pain, and more so with age), without numbers. One scene per version.
scene "learn_scans" {
  jump { "learn_scans_neck", when = NECK },
  jump { "learn_scans_leg", when = LEG },
  jump { "learn_scans_arm", when = ARM },
  jump { "learn_scans_other", when = OTHER },
  picture "scans_by_age",
  say "Scans often show changes in people with no pain at all." { heading = true },
  say "Take people with no back pain. At age 20, about 3 in 10 have a disc bulge on a scan. At age 80, more than 8 in 10 do.",
  say "Most are normal age changes, like grey hair. A scan finding alone rarely explains your pain.",
  go = "learn_not_dangerous",
}
scene "learn_scans_neck" {
  say "Scans often show changes in people with no pain at all." { heading = true },
  say "Many people with no neck pain have disc bulges or other changes on a scan of the neck. These get more common with age.",
  say "Most are normal age changes, like grey hair. A scan finding alone rarely explains your pain.",
  go = "learn_not_dangerous",
}
scene "learn_scans_leg" {
  say "Scans often show changes in people with no pain at all." { heading = true },
  say "Many people with no knee or hip pain have small tears, or changes in the smooth lining of the joint, on a scan. These get more common with age.",
  say "Most are normal age changes, like grey hair. A scan finding alone rarely explains your pain.",
  go = "learn_not_dangerous",
}
scene "learn_scans_arm" {
  say "Scans often show changes in people with no pain at all." { heading = true },
  say "Many people with no shoulder pain have changes, or even a tear, in a shoulder tendon on a scan. These get more common with age.",
  say "Most are normal age changes, like grey hair. A scan finding alone rarely explains your pain.",
  go = "learn_not_dangerous",
}
scene "learn_scans_other" {
  say "Scans often show changes in people with no pain at all." { heading = true },
  say "Many people with no pain have changes on a scan, and these get more common with age.",
  say "Most are normal age changes, like grey hair. A scan finding alone rarely explains your pain.",
  go = "learn_not_dangerous",
}

-- M8 (NICE NG59 for the back; the same advice for the other areas, to be checked locally)
scene "learn_scan_needed" {
  jump { "learn_scan_needed_neck", when = NECK },
  jump { "learn_scan_needed_joint", when = any(LEG, ARM, OTHER) },
  say "A scan is not always needed." { heading = true },
  say "For most back pain, a scan does not change the treatment.",
  say "Experts advise a scan when there are warning signs, or when the result would change what we do. Your clinician can tell you if you need one.",
  go = "learn_avoid",
}
scene "learn_scan_needed_neck" {
  say "A scan is not always needed." { heading = true },
  say "For most neck pain, a scan does not change the treatment.",
  say "Experts advise a scan when there are warning signs, or when the result would change what we do. Your clinician can tell you if you need one.",
  go = "learn_avoid",
}
scene "learn_scan_needed_joint" {
  say "A scan is not always needed." { heading = true },
  say "Your clinician can learn a lot by talking with you and examining you. For most joint pain, a scan does not change the first treatment.",
  say "Experts advise a scan when there are warning signs, or when the result would change what we do. Your clinician can tell you if you need one.",
  go = "learn_avoid",
}

-- M9: "for most people", never a promise. After a "today" item, the clinician checks first.
scene "learn_not_dangerous" {
  jump { "learn_not_dangerous_neck", when = NECK },
  jump { "learn_not_dangerous_joint", when = any(LEG, ARM, OTHER) },
  say "This is about most people. A clinician will look at your answers today." { when = CHECK_FIRST },
  say "For most people, back pain is not dangerous, and most bouts get better. It is very common, and rarely caused by a serious disease.",
  say "For some people, pain lasts or comes back. Even then, a lot can help.",
  go = "learn_movement",
}
scene "learn_not_dangerous_neck" {
  say "This is about most people. A clinician will look at your answers today." { when = CHECK_FIRST },
  say "For most people, neck pain is not dangerous, and most bouts get better. It is very common, and rarely caused by a serious disease.",
  say "For some people, pain lasts or comes back. Even then, a lot can help.",
  go = "learn_movement",
}
scene "learn_not_dangerous_joint" {
  say "This is about most people. A clinician will look at your answers today." { when = CHECK_FIRST },
  say "For most people, pain in a knee, hip or shoulder is not dangerous. It is very common, and rarely caused by a serious disease.",
  say "It often gets better. For some people it lasts or comes back, and even then a lot can help.",
  go = "learn_movement",
}

-- The short way: M1, M4, M7, M9, M10, M12 (its last screen offers the rest).
-- M10
scene "learn_movement" {
  picture "steps",
  say "Movement helps." { heading = true },
  say "Gentle, regular movement and exercise are safe. They help most people.",
  say "Start small, and build up a little at a time.",
  go = "learn_flare",
}

-- M11
scene "learn_avoid" {
  picture "cycle",
  say "Avoiding movement can keep pain going." { heading = true },
  say "When we fear a movement, we avoid it. Then the body gets stiffer, weaker and more sensitive, and the fear grows.",
  say "Going back to things step by step breaks this cycle, and builds your confidence.",
  go = "learn_sleep",
}

-- M12
scene "learn_flare" {
  picture "flare",
  say "Flare-ups happen, and they usually settle." { heading = true },
  say "A flare-up is usually your alarm turning up, not new damage.",
  say "It helps to have a plan for flare-ups. Your clinician can help you make one.",
  choice { "Go on", go = "about_intro" },
  choice { "Tell me more (9 short screens)", go = "learn_protector" },
}

-- M13
scene "learn_sleep" {
  say "Sleep and pain affect each other." { heading = true },
  say "A bad night can make you more sensitive to pain the next day.",
  say "Better sleep is part of treatment.",
  go = "learn_learning",
}

-- M14 (honest about the evidence: it helps most with exercise and hands-on care)
scene "learn_learning" {
  say "Learning about pain is part of treatment." { heading = true },
  say "Knowing how pain works can make it less scary, and help you move more.",
  say "It works best together with exercise and hands-on care.",
  go = "learn_change",
}

-- M15
scene "learn_change" {
  say "Your nervous system can change." { heading = true },
  say "It learned to protect you, and it can learn to calm down.",
  say "With time, movement, support and a better understanding, pain often becomes less sensitive. You are not alone in this.",
  go = "about_intro",
}
