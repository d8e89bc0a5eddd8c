-- handouts.lua -- three printed handouts that staff can print, and that a patient can ask for
-- at the end. Each is about 250 words, so keep it that short when editing; with its pictures
-- (picture "name": the learn screens' pictures, assets/pictures) it takes one or two pages
-- as the kiosk lays it out (15 pt body, 18 pt headings). Written from CONTENT.md section 2
-- (messages M1-M15, the metaphors of 2.1) and the safety-net message of 1.4, in our own words:
-- nothing here is copied from a guideline, a book or a website. Words to avoid (CONTENT.md 2.2)
-- are not used. A string starting with "## " is a heading. Plain words: every paragraph at
-- or below grade 8, the average at or below grade 6 (CONTENT.md 6.1).
-- Same ids as ../es/handouts.lua. Clinical content: NOT YET REVIEWED.

-- M1-M6, M14, M15: pain is real, a protector (M2, M3), the alarm (M4), the volume dial (M5),
-- danger and safety (M6), learning and change (M14, M15).
handout "how_pain_works" {
  title = "How pain works",
  text = {
    "Your pain is real, and we believe you. It is not your fault.",
    "## Pain is a protector",
    "Pain is your body's way of asking you to protect yourself. It is a warning, not a measure of damage. So hurt does not always mean harm. A paper cut can hurt a lot. A broken bone sometimes hardly hurts at first.",
    "## An alarm that can get too sensitive",
    "Your nerves work like an alarm. After an injury, or when pain lasts a long time, the alarm can stay on high alert. Then it may go off for small things, like a smoke alarm that rings when you make toast.",
    picture "alarm",
    "## The volume dial",
    "Many things can turn pain up or down, like a volume dial. Poor sleep, stress, worry and low mood can turn it up. So can past experiences, what you believe is wrong, and how others react. This is true for everyone.",
    picture "volume",
    "Your brain also weighs up danger and safety. Signs of safety help turn pain down. They include support, knowing what is going on, and doing things you enjoy.",
    "## Your nervous system can change",
    "Your nervous system learned to protect you. It can also learn to calm down. Like getting fit, this takes time. Movement, sleep and support all help. Learning about pain helps most when you also exercise.",
    "You are not alone. For many people, pain gets less sensitive over time. Ask your clinician about anything that worries you.",
  },
}

-- M7 (Brinjikji et al. 2015, people with no back pain: disc bulge 30% at age 20, 84% at 80;
-- disc "degeneration" 37% at 20, 96% at 80; honesty note: under 50, some findings are a little
-- more common in people with back pain), M8 (NICE NG59, ACP, Choosing Wisely), and the scan
-- questions q07, q08, q09 of questions.lua.
handout "scans" {
  title = "Scans: what they can and cannot show",
  text = {
    "Wanting a scan, like an X-ray or an MRI, makes sense. But a scan cannot always show why you hurt.",
    "## Changes are common in people with no pain",
    "Experts looked at scans of thousands of people with no back pain. At age 20, about 3 in 10 had a disc bulge. At age 80, more than 8 in 10 did.",
    picture "scans_by_age",
    "Scan reports often use the word \"degeneration\" too. At age 20, about 4 in 10 of these people had it. At age 80, almost everyone did. Most of the time, these words describe normal age changes, like grey hair.",
    "So a finding on a scan alone rarely explains your pain. To be honest, in people under 50, a few changes are a bit more common with back pain. But many people with the same changes have no pain at all.",
    "## A scan is not always needed",
    "For most back pain, a scan does not change the treatment. Guidelines advise a scan if there are signs of a serious problem. They also advise one if the result would change your care.",
    "A scan you do not need can find normal changes that sound scary. This can make you afraid to move, and lead to more tests and treatments that may not help.",
    "## Questions you can ask",
    "Do I need a scan? What would the result change about my care?",
    "Can you explain the words on my scan report?",
    "Are these changes common in people my age with no pain?",
  },
}

-- M10-M12 (NICE NG59; Qaseem et al. 2017; the fear-avoidance cycle, Vlaeyen & Linton 2000;
-- flare-ups, O'Sullivan et al. 2020), pacing (clinical consensus), and the safety-net message
-- of CONTENT.md 1.4. The emergency number is written in words rather than as {emergency}, so
-- the page reads right whether or not the printout fills in placeholders.
handout "keep_moving" {
  title = "Keeping moving",
  text = {
    "Gentle, regular movement is safe for most people, and it helps. Start small, like a short walk, and build up slowly.",
    "## How much pain is okay?",
    "A little pain when you move more is usually fine, as long as it settles again. It does not mean harm. If pain gets much worse and does not settle, do less next time. Your clinician will guide you.",
    "When a movement hurts, it is natural to fear it and stop. But avoiding movement can keep pain going. The body gets stiffer and weaker, and the alarm more sensitive. Going back step by step breaks this cycle.",
    picture "cycle",
    "## Pacing and flare-ups",
    "Try not to do a lot on good days and then pay for it later. This is called boom and bust. Instead, do about the same each day, with short breaks.",
    "Flare-ups happen, and they usually settle. They are mostly your alarm turning up, not new damage. Ease back a little, but keep moving gently. Heat, cold and good sleep may help. Then build back up step by step.",
    picture "flare",
    "## Get help straight away if any of these start",
    "New numbness between your legs or around your bottom.",
    "New trouble peeing, or leaking pee or poo.",
    "New weakness in your legs that is getting worse.",
    "Pain, numbness or pins and needles in both legs.",
    "If this happens, go to the emergency department now. Or call your local emergency number. Do not wait for your next appointment.",
  },
}
