-- handouts.lua -- three printed handouts (one A4 page each) that staff can print, and that a
-- patient can ask for at the end. Written from CONTENT.md section 2 (messages M1-M15, the
-- metaphors of 2.1) and the safety-net message of 1.4, in our own words: nothing here is
-- copied from a guideline, a book or a website. Words to avoid (CONTENT.md 2.2) are not used.
-- A string starting with "## " is a heading. Plain words, about grade 5 (CONTENT.md 6.1).
-- Same ids as ../es/handouts.lua. Clinical content: NOT YET REVIEWED.

-- M1-M6, M14, M15: what pain is, the alarm (M4), the volume dial (M5), danger and safety (M6).
handout "how_pain_works" {
  title = "How pain works",
  text = {
    "Pain can be hard to live with. This sheet explains what pain is, and why it can last.",
    "## Your pain is real",
    "Pain is always a real experience. We believe you. Your pain is not made up, and it is not your fault.",
    "## Pain is a protector",
    "Pain is your body's way of asking you to protect yourself. It is a warning. It is not a measure of how much damage there is.",
    "So hurt does not always mean harm. You can have a lot of pain with little damage. You can also have damage with little pain. A paper cut can hurt a lot. Some people break a bone and hardly feel it at first.",
    "## An alarm that can get too sensitive",
    "Your nerves work like an alarm. After an injury, or when pain lasts a long time, the alarm can stay on high alert. Then it may go off for small things.",
    "Think of a smoke alarm that rings when you make toast. The noise is real, and it is loud. But it does not always mean there is a fire.",
    "## The volume dial",
    "Many things can turn pain up or down, like the volume dial on a radio. Poor sleep, stress, worry and low mood can turn it up. So can past experiences, what you believe is wrong, and how people around you react.",
    "Good sleep, feeling calm, and support from others can help turn it down. This is true for everyone's pain.",
    "## Danger signs and safety signs",
    "Your brain is always weighing up signs of danger and signs of safety. When it finds more danger, it can turn pain up. When it finds more safety, it can turn pain down.",
    "Signs of safety include knowing what is going on, feeling in control, and doing things you enjoy.",
    "## Your nervous system can change",
    "Your nervous system learned to protect you. It can also learn to calm down. Like getting fit, this takes time and practice. Gentle movement, good sleep, support and knowing more about pain all help.",
    "Learning about pain is part of treatment. It works best together with exercise and the care your clinician gives you.",
    "## You are not alone",
    "Many people live with pain that lasts. Many of them find that, over time, their pain gets less sensitive and they can do more. Your clinician is here to work with you. Ask them about anything that worries you.",
  },
}

-- M7 (Brinjikji et al. 2015: disc bulge 30% of pain-free people at 20, 84% at 80; disc
-- "degeneration" 37% at 20, 96% at 80; honesty note: under 50 some findings are a little more
-- common in people with back pain), M8 (NICE NG59, ACP, Choosing Wisely), questions q07-q10.
handout "scans" {
  title = "Scans: what they can and cannot show",
  text = {
    "Many people with pain want a scan, like an X-ray or an MRI. It makes sense to want one. This sheet explains what a scan can tell you, and what it cannot.",
    "## Scans often show changes in people with no pain",
    "Experts have looked at the scans of thousands of people with no back pain at all. Many of them still had changes.",
    "At age 20, about 3 in 10 of these people had a disc bulge. At age 80, more than 8 in 10 did.",
    "Scan reports often use the word \"degeneration\" too. At age 20, about 4 in 10 of these people had it. At age 80, almost everyone did.",
    "Remember, none of these people had back pain.",
    "## Scan words can sound scary",
    "Scan reports use words like \"degeneration\" or \"disc bulge\". These words can sound alarming. But most of the time, they describe normal age changes. They are like grey hair or lines on the skin. They are a normal part of getting older.",
    "## What a scan finding means for you",
    "A finding on a scan alone rarely explains your pain. To be honest, a few changes are a bit more common in people with back pain. This is mostly true in people under 50. But many people with the same changes have no pain at all.",
    "So your clinician looks at the whole picture. This includes your story, how you move, and what makes your pain better or worse.",
    "## A scan is not always needed",
    "For most back pain, a scan does not change the treatment. Guidelines advise a scan when there are warning signs of a serious problem. They also advise one when the result would change what you and your clinician do next. Your clinician will check for warning signs, and tell you if you need a scan.",
    "## A scan you do not need can have downsides",
    "A scan can find normal changes that sound worrying. This can make you more afraid to move. It can also lead to more tests, more waiting, and treatments that may not help you.",
    "## Questions you can ask about a scan",
    "Do I need a scan? What would the result change about my care?",
    "Can you explain the words on my scan report in plain words?",
    "Are these changes common in people my age who have no pain?",
    "What are the downsides of having a scan I do not need?",
  },
}

-- M10-M12 (NICE NG59; Qaseem et al. 2017; the fear-avoidance cycle, Vlaeyen & Linton 2000;
-- flare-ups, O'Sullivan et al. 2020), pacing (clinical consensus), and the safety-net
-- message of CONTENT.md 1.4. The emergency number is written out in words here rather than
-- {emergency}, so the page reads right even where handouts are printed as they are.
handout "keep_moving" {
  title = "Keeping moving",
  text = {
    "Moving can feel scary when you are in pain. But gentle, regular movement is safe for most people. It is one of the main ways to help pain get better.",
    "## Start small and build up",
    "Choose something you can do even on a bad day, like a short walk. Do a little, often. Then build up a little at a time. Small steps add up.",
    "## How much pain is okay?",
    "It is normal to feel some discomfort when you start moving more. A little pain is usually fine, as long as it settles again. It does not mean you are doing harm.",
    "If your pain gets much worse and does not settle, do a bit less next time. Your clinician will help you find the right amount for you.",
    "## Why avoiding movement can keep pain going",
    "When a movement hurts, it is natural to fear it and stop doing it. But over time, the body gets stiffer and weaker. The alarm system gets more sensitive. Then more things hurt, and the fear grows.",
    "Going back to things step by step breaks this cycle. It also builds your confidence.",
    "## Pacing: avoid boom and bust",
    "On a good day, it is tempting to do a lot. Then the pain flares up, and you need days to get over it. This is called boom and bust.",
    "Instead, try to do about the same amount each day, on good days and bad days. Take short breaks before the pain builds up. Then slowly do a little more.",
    "## Flare-ups happen, and they usually settle",
    "A flare-up is a time when pain gets worse for a while. It is usually your alarm turning up, not new damage. It helps to have a plan.",
    "Ease back a little, but keep moving gently. Use heat or cold if it helps you. Look after your sleep. When the pain settles, go back to your usual activities step by step. Your clinician can help you make your own plan.",
    "## When to get help straight away",
    "Get help straight away if any of these start:",
    "New numbness between your legs or around your bottom.",
    "New trouble peeing, or leaking pee or poo.",
    "New weakness in your legs that is getting worse.",
    "Pain, numbness or pins and needles in both legs.",
    "If this happens, go to the emergency department now. Or call your local emergency number. Do not wait for your next appointment.",
  },
}
