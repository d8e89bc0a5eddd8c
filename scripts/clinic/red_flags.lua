-- red_flags.lua -- safety questions (red flags RF-01 ... RF-26) and the rules that raise them.
--
-- FOR THE CLINICAL LEAD: this file is the whole red-flag module of the English pack: the
-- questions, who is asked them, and every rule. Tiers follow CONTENT.md 1.2-1.3 (a proposal,
-- biased toward safety; NOT clinically approved):
--   level = "urgent"  T1  stops the session at once: "Please go to the front desk now"
--   level = "today"   T2  on the list, under "please show staff before your appointment"
--   level = "mention" T3  on the list, for the clinician to weigh
-- Answers to every safety question: Yes / No / Not sure / I'd rather tell someone in private.
--   "Not sure" counts as "Yes" (so on an urgent item it is urgent).
--   "In private" raises one "today" flag that never names the topic (flag "private").
-- A follow-up question ("if yes ...") is asked when the first answer was Yes or Not sure.
-- RF-26 (thoughts of self-harm) is asked from the mood question (about_you.lua), which is
-- asked at the end of the safety questions, so that no "skip this part" button passes it.
-- "In private" on the thoughts question still asks the "now" question.
-- The age band is a question of its own ("age"): RF-11 and the smaller-fall rule use it.
-- Other languages are string tables (strings/LANG.po): a rule is written once, here. After a
-- change, run `waitroom --strings scripts/clinic es` (and ar), and have the Spanish checked.
-- Sign the review below when a clinic has approved the pack, and every item of sign_off.

meta {
  title = "Getting ready for your appointment",
  language = "en",
  language_name = "English",
  version = "2026-12-1",
  default = true,
  reviewed_by = "not yet reviewed",
  reviewed_on = "not yet reviewed",
  -- FOR THE CLINICAL LEAD: every decision the sign-off covers, in one list (staff see it on
  -- the staff menu, "Decisions to sign off").
  sign_off = {
    "1. Tiers and combination rules of every red flag (CONTENT.md 1.2-1.3), above all RF-05, RF-09, RF-17, RF-19.",
    "2. 'Not sure' counts as 'Yes' on every safety question, and so is urgent on an urgent item.",
    "3. 'In private': on an urgent question (RF-26 'now' too) an urgent screen and slip that name no topic; on any other question a 'today' item that names no topic.",
    "4. RF-26 with a mental-health clinician: the mood question at the end of the safety questions (it may be skipped), thoughts asked after 'a little' or 'a lot', the urgent words, and the crisis line.",
    "5. Age bands (under 50, 50 to 64, 65 or older); RF-11 asked of back and neck patients aged 50 or more.",
    "6. Smaller fall (trip or slip): 'today' at 65 or older, or with weak bones (RF-17) or steroids (RF-18); otherwise 'mention'.",
    "7. RF-07 (clumsy hands, unsteady walking) also asked after 'yes' or 'not sure' to cancer (RF-08).",
    "8. RF-20 wording: one side of the face or body. RF-21 wording: chest pain right now, which may spread.",
    "9. Safety net: cauda equina signs for everyone; extra signs after cancer, for joint pain (hot swollen joint) and for leg pain (swollen calf with breathlessness).",
    "10. Pain-science screens M1-M15 (the 6 shown first: M1, M4, M7, M9, M10, M12; the rest after 'Tell me more'), the neck, knee or hip, and shoulder versions of M7-M9 (no numbers given for them), the order of the questions about you, which answers suggest which questions for the list (questions.lua), and the handouts.",
    "11. The emergency number and the crisis line for this site.",
    "12. The Spanish text (Spain, 'usted') and the Arabic draft before it is offered.",
    "13. Grouping of safety questions on one screen of ticks (red_flags.lua, scene safety_questions): cauda equina RF-01..04; legs, arms and joints RF-05/06/22/23; general health RF-08/09/12/19; bones and injury RF-16/17/18 (the smaller fall now offered with the big accident); infection risk RF-13/14/15; pain pattern RF-10/11/24/25. Chest pain, stroke, follow-ups and mood stay alone. A tick on an urgent item shows the urgent screen at once; the short line of each question.",
  },
}


-- The four answers of every safety question: each an id (what the rules below name) and
-- the words patients see (translated in strings/LANG.po).
local ANSWERS = {
  { "yes", "Yes" },
  { "no", "No" },
  { "unsure", "Not sure" },
  { "private", "I'd rather tell someone in private" },
}
local YES, UNSURE, PRIVATE = "yes", "unsure", "private"

-- Which body areas the patient chose. Skipping "areas" asks every area's questions.
local AREAS = "areas"
local function back()
  return any(answered(AREAS, "back"), none(answered(AREAS)))
end
local function neck()
  return any(answered(AREAS, "neck"), none(answered(AREAS)))
end
local function back_or_neck()
  return any(answered(AREAS, "back", "neck"), none(answered(AREAS)))
end
local function limb()
  return any(answered(AREAS, "arm", "leg", "other"),
             none(answered(AREAS)))
end

-- "Yes" or "Not sure" to a safety question.
local function yes(q)
  return answered(q, YES, UNSURE)
end

-- ---- the questions ----------------------------------------------------------------------

question "areas" {
  text = "Where is your pain? Tap all that apply.",
  options = {
    { "back", "My back" },
    { "neck", "My neck" },
    { "arm", "My arm or shoulder" },
    { "leg", "My leg, hip or knee" },
    { "other", "Somewhere else" },
  },
  multiple = true,
}

-- Every safety question: the four answers above, and no Skip (a patient who would rather
-- not answer here chooses "in private").

-- Everyone: the age band, asked on its own so that no other answer loses it.
question "age" {
  text = "How old are you?",
  options = {
    { "under_50", "Under 50" },
    { "50_64", "50 to 64" },
    { "65_up", "65 or older" },
  },
  required = true,
}

-- Everyone: heart and stroke signs. Both are worded so that pain from the back, neck or a
-- nerve (in one arm or leg) does not fit them: the chest comes first, and stroke signs are on
-- one side of the face or body.
question "rf21_heart" {
  text = "Right now, do you have pain, pressure or tightness in your chest? It may spread to your arm, neck or jaw. You may also sweat, feel sick or be short of breath.",
  options = ANSWERS, required = true,
}
question "rf20_stroke" {
  text = "In the last few days, have you had sudden numbness or weakness on one side of your face or body? Or sudden trouble speaking or seeing? Or a very bad headache, unlike any before?",
  options = ANSWERS, required = true,
}
-- Neck: the full list of stroke-type signs (asked instead of rf20_stroke).
question "rf20_neck" {
  text = "Since your neck or head pain started, have you had any of these? A sudden, very bad headache, unlike any before. Feeling dizzy, or fainting. Seeing double, or losing your sight. Trouble speaking or swallowing. Numbness or weakness on one side of your face or body. Sudden falls.",
  options = ANSWERS, required = true,
}

-- Back: nerve signs (cauda equina).
question "rf01_saddle" {
  text = "Is there new numbness or tingling between your legs, around your bottom, or where you would sit on a bike seat? For example, does toilet paper feel different when you wipe?",
  short = "New numbness or tingling between your legs or around your bottom",
  options = ANSWERS, required = true, private = true,
}
question "rf02_bladder" {
  text = "Is it new for you to have trouble peeing? For example: it is hard to start, the flow is weak, you can't feel when your bladder is full, or you leak pee without warning.",
  short = "New trouble peeing, or leaking pee",
  options = ANSWERS, required = true, private = true,
}
question "rf03_bowel" {
  text = "Is it new for you to leak poo, or to not feel when you need to go?",
  short = "New leaking of poo, or not feeling when you need to go",
  options = ANSWERS, required = true, private = true,
}
question "rf04_sexual" {
  text = "Do your private parts feel numb in a new way? Or is it new for you to have trouble with erections, or less feeling during sex?",
  short = "New numbness of your private parts, or new trouble with sex",
  options = ANSWERS, required = true, private = true,
}
question "rf05_both_legs" {
  text = "Do you have pain, numbness, or pins and needles in both legs?",
  short = "Pain, numbness, or pins and needles in both legs",
  options = ANSWERS, required = true,
}

-- Back or neck: weakness; neck: hands and walking.
question "rf06_weak" {
  text = "Is a leg, foot or arm weak? For example, your foot drags or your knee gives way.",
  short = "A weak leg, foot or arm: your foot drags or your knee gives way",
  options = ANSWERS, required = true,
}
question "rf06_worse" {
  text = "Is the weakness getting worse day by day?",
  options = ANSWERS, required = true,
}
question "rf07_clumsy" {
  text = "Have your hands become clumsy, like trouble with buttons or dropping things? Or has your walking become unsteady?",
  options = ANSWERS, required = true,
}

-- Arm, leg or other joints.
question "rf23_joint" {
  text = "Is a joint suddenly hot, swollen and very painful, so it is hard to move? This counts with or without a fever.",
  short = "A joint that is suddenly hot, swollen and very painful",
  options = ANSWERS, required = true,
}
question "rf22_leg" {
  text = "Is one leg newly swollen, warm or red? Or is the calf sore?",
  short = "One leg newly swollen, warm or red, or a sore calf",
  options = ANSWERS, required = true,
}
question "rf22_breath" {
  text = "Are you suddenly short of breath? Or does your chest hurt when you breathe in?",
  options = ANSWERS, required = true,
}

-- Back: belly and back pain together.
question "rf19_belly" {
  text = "Do you have a deep, strong pain in your belly and your back at the same time? Or a throbbing feeling in your belly?",
  short = "Deep, strong pain in your belly and back at the same time, or a throbbing belly",
  options = ANSWERS, required = true,
}
question "rf19_severe" {
  text = "Did that pain come on suddenly, or is it very bad right now?",
  options = ANSWERS, required = true,
}

-- Everyone: infection, cancer, fracture.
question "rf12_fever" {
  text = "Since this pain started, have you had a fever, chills or night sweats? Or have you felt very unwell?",
  short = "Fever, chills or night sweats, or feeling very unwell",
  options = ANSWERS, required = true,
}
question "rf12_now" {
  text = "Do you feel very ill right now? For example, very hot or shivery, confused, or breathing fast.",
  options = ANSWERS, required = true,
}
question "rf08_cancer" {
  text = "Have you ever had cancer?",
  short = "Cancer, now or in the past",
  options = ANSWERS, required = true,
}
question "rf09_weight" {
  text = "In the last few months, have you lost weight without trying?",
  short = "Losing weight in the last few months without trying",
  options = ANSWERS, required = true,
}
question "rf16_accident" {
  text = "Did this pain start after a big accident? For example, a car crash, or a fall from a height or down stairs.",
  short = "This pain started after a big accident, like a car crash",
  options = ANSWERS, required = true,
}
question "rf16_minor" {
  text = "Did this pain start after a smaller fall or knock? For example, a trip or a slip at home.",
  short = "This pain started after a smaller fall, like a trip or a slip",
  options = ANSWERS, required = true,
}
question "rf16_bruise" {
  text = "From that accident, is there a bruise or a graze where it hurts?",
  options = ANSWERS, required = true,
}
question "rf17_bones" {
  text = "Have you been told you have weak or thin bones (osteoporosis)? Or have you broken a bone from a small fall?",
  short = "Weak or thin bones (osteoporosis), or a bone broken in a small fall",
  options = ANSWERS, required = true,
}
question "rf17_sudden" {
  text = "Did this pain start suddenly?",
  options = ANSWERS, required = true,
}
question "rf18_steroids" {
  text = "Have you taken steroid tablets for 3 months or more? For example, prednisolone or prednisone.",
  short = "Steroid tablets, like prednisolone, for 3 months or more",
  options = ANSWERS, required = true,
}
question "rf13_drugs" {
  text = "Have you ever injected drugs that a doctor or nurse did not give you? You can choose to tell someone in private.",
  short = "Injecting drugs that a doctor or nurse did not give you, ever",
  options = ANSWERS, required = true, private = true,
}
question "rf14_immune" {
  text = "Is it harder for your body to fight germs? This can happen with HIV, cancer treatment, a transplant, or strong medicine for joints or bowels.",
  short = "Harder for your body to fight germs, like with HIV or cancer treatment",
  options = ANSWERS, required = true,
}
question "rf15_recent" {
  text = "In the last 3 months, have you had an operation or an injection in your spine? Or a bad infection, like in your kidney, chest or skin?",
  short = "A spine operation or injection, or a bad infection, in the last 3 months",
  options = ANSWERS, required = true,
}

-- Back or neck: night pain; new pain at 50 or older.
question "rf10_night" {
  text = "Is your pain bad at night, even when you lie still? And does nothing help, not even moving into a new position?",
  short = "Pain that is bad at night, even lying still, and nothing helps",
  options = ANSWERS, required = true,
}
question "rf11_new" {
  text = "Is this a new kind of back or neck pain for you?",
  short = "A new kind of back or neck pain for you",
  options = ANSWERS, required = true,
}

-- Back: inflammatory pattern, steady worsening.
question "rf24_inflam" {
  text = "Did your back pain start before you were 45? And has it lasted more than 3 months?",
  short = "Back pain that started before you were 45 and has lasted over 3 months",
  options = ANSWERS, required = true,
}
question "rf24_pattern" {
  text = "Is your back stiff in the morning, and better when you move? Or does it wake you in the second half of the night?",
  options = ANSWERS, required = true,
}
question "rf25_worse" {
  text = "Is your pain getting worse week by week, even with rest and treatment?",
  short = "Pain getting worse week by week, even with rest and treatment",
  options = ANSWERS, required = true,
}

-- Asked from the mood question (about_you.lua), at the end of the safety questions.
question "rf26_thoughts" {
  text = "Pain can wear people down. Have you had thoughts of hurting yourself or ending your life?",
  options = ANSWERS, required = true, private = true,
}
question "rf26_now" {
  text = "Are you having these thoughts now?",
  options = ANSWERS, required = true, private = true,
}

-- ---- who is asked what, in order (urgent items first) --------------------------------------

-- Age 50 or older (the age band).
local function age50()
  return answered("age", "50_64", "65_up")
end

scene "safety_intro" {
  say "First, some safety questions.",
  say "We ask everyone. Most people answer no.",
  say "If you are not sure, choose \"Not sure\" or \"Not sure about one\". If you would rather not answer here, you can choose to tell someone in private.",
  go = "safety_questions",
}

scene "safety_questions" {
  ask "areas",
  ask "age",
  -- Alone on their own screens: chest pain and stroke signs (each urgent, and each worded
  -- with care so that back, neck or nerve pain does not fit it: see sign_off 8).
  ask "rf21_heart",
  ask "rf20_neck" { when = neck() },
  ask "rf20_stroke" { when = none(neck()) },
  -- GROUPS (FOR THE CLINICAL LEAD, sign_off 13): Yes/No questions that belong together are
  -- asked on one screen, a tick each (the question's short line). "None of these" answers
  -- No to all; a tick is Yes (a tick on an urgent item shows the urgent screen at once);
  -- "Not sure about one" asks the group's questions one by one, as before, with "Not sure"
  -- and "in private" on each; "in private" on the group is "in private" on each question
  -- (urgent, naming no topic, when one of them is urgent). Every rule below reads the same
  -- answers as before. Why these groups:
  --  1. Cauda equina (RF-01..04): the four "new" nerve signs a clinician asks together,
  --     urgent each; all private, so the screen is read aloud only through headphones.
  --  2. Legs, arms and joints (RF-05, RF-06, RF-23, RF-22): what the patient notices in a
  --     limb now; each by body area. Follow-ups (worse day by day; short of breath) after.
  --  3. General health (RF-12, RF-09, RF-08, RF-19): the signs of a serious cause in the
  --     body as a whole (infection, cancer, aortic aneurysm). Follow-ups after.
  --  4. Bones and injury (RF-16 big and smaller fall, RF-17, RF-18): fracture risk. Both
  --     falls are offered (before, the smaller fall was asked only after "no" to the big
  --     one): a patient may tick both, and both are on the list.
  --  5. Infection risk (RF-13, RF-14, RF-15): with RF-12 they make the infection combinations.
  --  6. The pattern of the pain (RF-10, RF-11, RF-24, RF-25): the "mention" items whose
  --     pairs are "today" (cancer and inflammatory groups).
  -- Kept alone: the age band, chest pain, stroke, every follow-up ("if yes..."), and the
  -- mood and RF-26 questions (a person, not a tick box, for these).
  ask_group {
    ask "rf01_saddle", ask "rf02_bladder", ask "rf03_bowel", ask "rf04_sexual",
    text = "Do you have any of these? Tap each one you have.",
    when = back(),
  },
  ask_group {
    ask "rf05_both_legs" { when = back() },
    ask "rf06_weak" { when = back_or_neck() },
    ask "rf23_joint" { when = limb() },
    ask "rf22_leg" { when = limb() },
    text = "Do you have any of these now? Tap each one you have.",
  },
  ask "rf06_worse" { when = all(back_or_neck(), yes("rf06_weak")) },
  ask "rf22_breath" { when = all(limb(), yes("rf22_leg")) },
  ask_group {
    "rf12_fever", "rf09_weight", "rf08_cancer",
    ask "rf19_belly" { when = back() },
    text = "Do you have any of these, or have you had them? Tap each one that applies to you.",
  },
  ask "rf12_now" { when = yes("rf12_fever") },
  ask "rf19_severe" { when = all(back(), yes("rf19_belly")) },
  -- Neck pain, or past cancer (a sign of pressure on the spinal cord): hands and walking.
  ask "rf07_clumsy" { when = any(neck(), yes("rf08_cancer")) },
  ask_group {
    "rf16_accident", "rf16_minor", "rf17_bones", "rf18_steroids",
    text = "Do any of these apply to you? Tap each one that does.",
  },
  ask "rf16_bruise" { when = yes("rf16_accident") },
  ask "rf17_sudden" { when = yes("rf17_bones") },
  ask_group {
    "rf13_drugs", "rf14_immune", "rf15_recent",
    text = "Do any of these apply to you? Tap each one that does. You can choose to tell someone in private.",
  },
  ask_group {
    ask "rf10_night" { when = back_or_neck() },
    ask "rf11_new" { when = all(back_or_neck(), age50()) },
    ask "rf24_inflam" { when = back() },
    ask "rf25_worse" { when = back() },
    text = "Is your pain like any of these? Tap each one that is.",
  },
  ask "rf24_pattern" { when = all(back(), yes("rf24_inflam")) },
  -- Mood and RF-26 (CONTENT.md section 4): asked here, so that no "skip" of a later part
  -- passes them. "In private" on the thoughts question still asks about now.
  ask "mood",
  ask "rf26_thoughts" { when = answered("mood", "little", "lot") },
  ask "rf26_now" { when = answered("rf26_thoughts", YES, UNSURE, PRIVATE) },
  slip,                                -- the safety part is over: a "today" slip prints now
  go = "safety_done",
}

-- "Yes" or "Not sure" to both questions.
local function both(a, b)
  return all(yes(a), yes(b))
end

-- The safety questions whose "Yes" is urgent: "in private" on them is urgent too, with a
-- screen that names no topic. "In private" on any other one is a "today" item.
local URGENT_QUESTIONS = {
  "rf01_saddle", "rf02_bladder", "rf03_bowel", "rf04_sexual", "rf06_worse", "rf12_now",
  "rf19_severe", "rf20_stroke", "rf20_neck", "rf21_heart", "rf22_breath", "rf23_joint",
  "rf26_now",
}
local OTHER_QUESTIONS = {
  "rf05_both_legs", "rf06_weak", "rf07_clumsy", "rf08_cancer", "rf09_weight", "rf10_night",
  "rf11_new", "rf12_fever", "rf13_drugs", "rf14_immune", "rf15_recent", "rf16_accident",
  "rf16_bruise", "rf16_minor", "rf17_bones", "rf17_sudden", "rf18_steroids", "rf19_belly",
  "rf22_leg", "rf24_inflam", "rf24_pattern", "rf25_worse", "rf26_thoughts",
}

-- "I'd rather tell someone in private" to one of these questions.
local function private_on(questions)
  local c = {}
  for i, q in ipairs(questions) do c[i] = answered(q, PRIVATE) end
  return any(table.unpack(c))
end
local function any_private()
  return private_on(OTHER_QUESTIONS)
end

-- RF-11: 50 or older, and a new kind of back or neck pain.
local function rf11()
  return all(age50(), yes("rf11_new"))
end

-- A smaller fall is a "today" item at 65 or older, or with weak bones or steroid tablets.
local function fracture_risk()
  return any(answered("age", "65_up"), yes("rf17_bones"), yes("rf18_steroids"))
end

-- The combination rules' conditions (the flags are at the end of this file).
local COMBO = {
  fever_risk = all(yes("rf12_fever"), any(yes("rf13_drugs"), yes("rf14_immune"), yes("rf15_recent"))),
  night_pain = all(yes("rf10_night"), any(yes("rf08_cancer"), yes("rf09_weight"), yes("rf12_fever"))),
  age = all(rf11(), any(yes("rf08_cancer"), yes("rf09_weight"), yes("rf10_night"), yes("rf25_worse"),
                        yes("rf16_accident"), yes("rf16_minor"), yes("rf17_bones"),
                        yes("rf18_steroids"))),
  cancer_group = any(all(yes("rf10_night"), rf11()), both("rf10_night", "rf25_worse"),
                     all(rf11(), yes("rf25_worse"))),
  fracture_group = any(all(rf11(), yes("rf17_bones")), all(rf11(), yes("rf16_minor"))),
  infection_group = any(both("rf10_night", "rf13_drugs"), both("rf10_night", "rf14_immune"),
                        both("rf10_night", "rf15_recent"), both("rf13_drugs", "rf14_immune"),
                        both("rf13_drugs", "rf15_recent"), both("rf14_immune", "rf15_recent")),
}

-- Any answer that puts a "today" item on the list (keep in step with the flags below).
local function anything_for_today()
  return any(yes("rf05_both_legs"), yes("rf06_weak"), yes("rf07_clumsy"), yes("rf08_cancer"),
             yes("rf09_weight"), yes("rf12_fever"), yes("rf16_accident"),
             all(yes("rf16_minor"), fracture_risk()), all(yes("rf17_bones"), yes("rf17_sudden")),
             yes("rf18_steroids"), yes("rf19_belly"), yes("rf22_leg"), yes("rf26_thoughts"),
             any_private(), COMBO.fever_risk, COMBO.night_pain, COMBO.age, COMBO.cancer_group,
             COMBO.fracture_group, COMBO.infection_group)
end

-- The end of the safety questions. With a "today" item, the patient goes by safety_today,
-- and the first screen about pain (learn.lua) says that the clinician will check first.
scene "safety_done" {
  jump { "safety_today", when = anything_for_today() },
  say "Thank you. That is the end of the safety questions.",
  say "Next, there are 6 short screens about how pain works. They take about 3 minutes.",
  choice { "Show me", go = "learn_real" },
  choice { "Skip this part", go = "about_intro" },
}

scene "safety_today" {
  say "Thank you. That is the end of the safety questions.",
  say "Some of your answers need a check today. Please tell the front desk before your appointment. They will also be on your list at the end." { card = "today" },
  say "Next, there are 6 short screens about how pain works. They take about 3 minutes.",
  choice { "Show me", go = "learn_real" },
  choice { "Skip this part", go = "about_intro" },
}

-- ---- single flags -------------------------------------------------------------------------

red_flag "rf01" {
  private = true, -- read aloud only through headphones
  when = yes("rf01_saddle"), level = "urgent",
  patient = "Your answer about new numbness between your legs needs a check straight away.",
  clinician = "RF-01 New saddle numbness or tingling (possible cauda equina syndrome).",
}
red_flag "rf02" {
  private = true, -- read aloud only through headphones
  when = yes("rf02_bladder"), level = "urgent",
  patient = "Your answer about new trouble peeing needs a check straight away.",
  clinician = "RF-02 New bladder change (possible cauda equina syndrome).",
}
red_flag "rf03" {
  private = true, -- read aloud only through headphones
  when = yes("rf03_bowel"), level = "urgent",
  patient = "Your answer about a new change in your bowels needs a check straight away.",
  clinician = "RF-03 New bowel change or incontinence (possible cauda equina syndrome).",
}
red_flag "rf04" {
  private = true, -- read aloud only through headphones
  when = yes("rf04_sexual"), level = "urgent",
  patient = "Your answer about a new change in your private parts needs a check straight away.",
  clinician = "RF-04 New genital numbness or sexual dysfunction (possible cauda equina syndrome).",
}
red_flag "rf05" {
  when = yes("rf05_both_legs"), level = "today",
  patient = "I have pain, numbness, or pins and needles in both legs.",
  clinician = "RF-05 Bilateral leg symptoms.",
}
red_flag "rf06_stable" {
  when = all(yes("rf06_weak"), none(yes("rf06_worse"))), level = "today",
  patient = "My leg, foot or arm feels weak.",
  clinician = "RF-06 Limb weakness, not reported as progressing.",
}
red_flag "rf06_worse" {
  when = yes("rf06_worse"), level = "urgent",
  patient = "Your answer about weakness that is getting worse needs a check straight away.",
  clinician = "RF-06 Progressive limb weakness, worse day by day.",
}
red_flag "rf07" {
  when = yes("rf07_clumsy"), level = "today",
  patient = "My hands have become clumsy, or my walking is unsteady.",
  clinician = "RF-07 Clumsy hands or unsteady gait (possible cervical myelopathy).",
}
red_flag "rf08" {
  when = yes("rf08_cancer"), level = "today",
  patient = "I have had cancer.",
  clinician = "RF-08 History of cancer.",
}
red_flag "rf09" {
  when = yes("rf09_weight"), level = "today",
  patient = "I have lost weight without trying.",
  clinician = "RF-09 Unexplained weight loss in recent months.",
}
red_flag "rf10" {
  when = yes("rf10_night"), level = "mention",
  patient = "My pain is bad at night, even when I lie still, and nothing helps.",
  clinician = "RF-10 Constant non-mechanical night pain.",
}
red_flag "rf11" {
  when = rf11(), level = "mention",
  patient = "I am 50 or older, and this is a new kind of pain for me.",
  clinician = "RF-11 Age 50+ with a new episode of spinal pain.",
}
red_flag "rf12" {
  when = yes("rf12_fever"), level = "today",
  patient = "I have had a fever, chills or night sweats, or felt very unwell.",
  clinician = "RF-12 Fever, chills, night sweats or systemic illness since onset.",
}
red_flag "rf12_now" {
  when = yes("rf12_now"), level = "urgent",
  patient = "You said you feel very ill right now. This needs a check straight away.",
  clinician = "RF-12 Feels very ill now: fever, rigors, confusion or fast breathing (possible sepsis).",
}
red_flag "rf13" {
  when = yes("rf13_drugs"), level = "mention",
  patient = "I have something in my health history to tell my clinician about.",
  clinician = "RF-13 Has injected non-prescribed drugs (infection risk).",
}
red_flag "rf14" {
  when = yes("rf14_immune"), level = "mention",
  patient = "It is harder for my body to fight germs.",
  clinician = "RF-14 Immunosuppression.",
}
red_flag "rf15" {
  when = yes("rf15_recent"), level = "mention",
  patient = "In the last 3 months, I have had a bad infection. Or I have had an operation or injection in my spine.",
  clinician = "RF-15 Recent spinal procedure or significant infection (last 3 months).",
}
red_flag "rf16" {
  when = yes("rf16_accident"), level = "today",
  patient = "My pain started after a big accident.",
  clinician = "RF-16 Significant trauma at onset.",
}
red_flag "rf16_minor" {
  when = all(yes("rf16_minor"), fracture_risk()), level = "today",
  patient = "My pain started after a small fall, like a trip or a slip.",
  clinician = "RF-16 Minor trauma at onset, aged 65+ or with osteoporosis or steroid use (possible fragility fracture).",
}
red_flag "rf16_minor_only" {
  when = all(yes("rf16_minor"), none(fracture_risk())), level = "mention",
  patient = "My pain started after a small fall, like a trip or a slip.",
  clinician = "RF-16 Minor trauma at onset (no age or bone risk factor reported).",
}
red_flag "rf16_bruise" {
  when = yes("rf16_bruise"), level = "today",
  patient = "I have a bruise or graze where it hurts, from the accident.",
  clinician = "RF-16 Bruise or abrasion at the painful site after trauma.",
}
red_flag "rf17_sudden" {
  when = all(yes("rf17_bones"), yes("rf17_sudden")), level = "today",
  patient = "I have weak bones, and this pain started suddenly.",
  clinician = "RF-17 Osteoporosis or fragility fracture, with sudden onset of pain.",
}
red_flag "rf17" {
  when = all(yes("rf17_bones"), none(yes("rf17_sudden"))), level = "mention",
  patient = "I have weak or thin bones, or I have broken a bone from a small fall.",
  clinician = "RF-17 Osteoporosis or previous fragility fracture.",
}
red_flag "rf18" {
  when = yes("rf18_steroids"), level = "today",
  patient = "I have taken steroid tablets for 3 months or more.",
  clinician = "RF-18 Prolonged oral corticosteroid use (3 months or more).",
}
red_flag "rf19" {
  when = all(yes("rf19_belly"), none(yes("rf19_severe"))), level = "today",
  patient = "I have pain in my belly and back at the same time. Or I have a throbbing feeling in my belly.",
  clinician = "RF-19 Abdominal and back pain or pulsatile abdomen (consider aortic aneurysm).",
}
red_flag "rf19_severe" {
  when = yes("rf19_severe"), level = "urgent",
  patient = "Your answer about pain in your belly and back needs a check straight away.",
  clinician = "RF-19 Sudden or severe abdominal and back pain (possible aortic aneurysm).",
}
red_flag "rf20" {
  when = any(yes("rf20_stroke"), yes("rf20_neck")), level = "urgent",
  patient = "Your answer about signs like numbness, trouble speaking or a bad headache needs a check straight away.",
  clinician = "RF-20 Stroke-type or cervical arterial signs (possible dissection or stroke).",
}
red_flag "rf21" {
  when = yes("rf21_heart"), level = "urgent",
  patient = "Your answer about pain or tightness in your chest needs a check straight away.",
  clinician = "RF-21 Chest pain or referred pain with autonomic signs (possible cardiac cause).",
}
red_flag "rf22" {
  when = all(yes("rf22_leg"), none(yes("rf22_breath"))), level = "today",
  patient = "One leg is newly swollen, warm or red, or my calf is sore.",
  clinician = "RF-22 Unilateral leg swelling, warmth, redness or calf pain (consider DVT).",
}
red_flag "rf22_breath" {
  when = yes("rf22_breath"), level = "urgent",
  patient = "Your answer about your breathing or chest needs a check straight away.",
  clinician = "RF-22 Leg signs with sudden breathlessness or pleuritic chest pain (possible PE).",
}
red_flag "rf23" {
  when = yes("rf23_joint"), level = "urgent",
  patient = "Your answer about a hot, swollen joint needs a check straight away.",
  clinician = "RF-23 Acute hot swollen joint (possible septic arthritis).",
}
red_flag "rf24" {
  when = all(yes("rf24_inflam"), yes("rf24_pattern")), level = "mention",
  patient = "My back pain started before I was 45. It is stiff in the morning, better when I move, or wakes me late at night.",
  clinician = "RF-24 Inflammatory back pain pattern (consider axial spondyloarthritis).",
}
red_flag "rf25" {
  when = yes("rf25_worse"), level = "mention",
  patient = "My pain is getting worse week by week, even with rest and treatment.",
  clinician = "RF-25 Progressive pain despite rest and treatment.",
}
red_flag "rf26" {
  private = true, -- read aloud only through headphones
  when = all(yes("rf26_thoughts"), none(yes("rf26_now"))), level = "today",
  patient = "I would like to talk to someone about how I have been feeling.",
  clinician = "RF-26 Past thoughts of self-harm or suicide (not current). Same-day check.",
}
red_flag "rf26_now" {
  private = true, -- read aloud only through headphones
  when = yes("rf26_now"), level = "urgent",
  patient = "Thank you for telling us. You do not have to cope with this alone. Outside the clinic, call {crisis_line}.",
  clinician = "RF-26 Current thoughts of self-harm or suicide. Follow the crisis pathway now.",
}

-- "I'd rather tell someone in private" on an urgent question: the urgent screen, naming no
-- topic ("Please go to the desk now and ask to talk privately"); nor does the slip.
red_flag "private_urgent" {
  when = private_on(URGENT_QUESTIONS),
  level = "urgent", no_topic = true,
  patient = "You asked to talk privately.",
  clinician = "An urgent safety question was answered in private. Offer a private room now.",
}

-- "I'd rather tell someone in private", on any other safety question: a today flag that
-- names no topic, on the screen or on paper.
red_flag "private" {
  when = any_private(),
  level = "today",
  patient = "I would like to talk to someone in private.",
  clinician = "Asked to answer a safety question in private. Please offer a private word before the session.",
}

-- ---- combination rules (CONTENT.md 1.2: flags combine) ------------------------------------
-- Each lists in combines every flag it may combine: the list names the ones raised after the
-- rule's own words ("Two of my answers together need a check today. (My pain is bad at
-- night..., and I have had cancer)"), and does not repeat them lower down.

-- Leg symptoms on both sides with any cauda equina sign, or with weakness -> urgent.
-- (Safety bias: any reported weakness counts, not only weakness that is getting worse.)
red_flag "combo_both_legs" {
  when = all(yes("rf05_both_legs"),
             any(yes("rf01_saddle"), yes("rf02_bladder"), yes("rf03_bowel"), yes("rf04_sexual"),
                 yes("rf06_weak"))),
  level = "urgent",
  combines = { "rf05", "rf01", "rf02", "rf03", "rf04", "rf06_stable", "rf06_worse" },
  patient = "Your answers about both legs and about weakness or numbness need a check straight away.",
  clinician = "RF-05 + RF-01..04/RF-06: bilateral leg symptoms with a cauda equina sign or weakness.",
}

-- Past cancer with new numbness, weakness, unsteadiness, or bladder or bowel change -> urgent.
-- (A bladder, bowel or saddle change is urgent on its own.) One flag per pair, so that staff
-- see which answers combined.
red_flag "combo_cancer_legs" {
  when = all(yes("rf08_cancer"), yes("rf05_both_legs")), level = "urgent",
  combines = { "rf08", "rf05" },
  patient = "You told us you have had cancer, and one more sign. This needs a check straight away.",
  clinician = "RF-08 + RF-05: past cancer with bilateral leg symptoms: possible metastatic spinal cord compression.",
}
red_flag "combo_cancer_weak" {
  when = all(yes("rf08_cancer"), yes("rf06_weak")), level = "urgent",
  combines = { "rf08", "rf06_stable", "rf06_worse" },
  patient = "You told us you have had cancer, and one more sign. This needs a check straight away.",
  clinician = "RF-08 + RF-06: past cancer with limb weakness: possible metastatic spinal cord compression.",
}
red_flag "combo_cancer_clumsy" {
  when = all(yes("rf08_cancer"), yes("rf07_clumsy")), level = "urgent",
  combines = { "rf08", "rf07" },
  patient = "You told us you have had cancer, and one more sign. This needs a check straight away.",
  clinician = "RF-08 + RF-07: past cancer with clumsy hands or unsteady gait: possible metastatic spinal cord compression.",
}

-- Fever or feeling unwell with any infection risk -> today, one flag per pair. (Very ill now
-- is urgent: rf12_now.)
red_flag "combo_fever_drugs" {
  when = both("rf12_fever", "rf13_drugs"), level = "today",
  combines = { "rf12", "rf13" },
  patient = "Two of my answers together need a check today.",
  clinician = "RF-12 + RF-13: fever or feeling unwell, with injected drug use.",
}
red_flag "combo_fever_immune" {
  when = both("rf12_fever", "rf14_immune"), level = "today",
  combines = { "rf12", "rf14" },
  patient = "Two of my answers together need a check today.",
  clinician = "RF-12 + RF-14: fever or feeling unwell, with a weak immune system.",
}
red_flag "combo_fever_recent" {
  when = both("rf12_fever", "rf15_recent"), level = "today",
  combines = { "rf12", "rf15" },
  patient = "Two of my answers together need a check today.",
  clinician = "RF-12 + RF-15: fever or feeling unwell, with a recent spinal procedure or infection.",
}

-- Night pain with past cancer, weight loss or fever -> today (one flag per pair).
red_flag "combo_night_cancer" {
  when = both("rf10_night", "rf08_cancer"), level = "today",
  combines = { "rf10", "rf08" },
  patient = "Two of my answers together need a check today.",
  clinician = "RF-10 + RF-08: night pain with past cancer.",
}
red_flag "combo_night_weight" {
  when = both("rf10_night", "rf09_weight"), level = "today",
  combines = { "rf10", "rf09" },
  patient = "Two of my answers together need a check today.",
  clinician = "RF-10 + RF-09: night pain with weight loss.",
}
red_flag "combo_night_fever" {
  when = both("rf10_night", "rf12_fever"), level = "today",
  combines = { "rf10", "rf12" },
  patient = "Two of my answers together need a check today.",
  clinician = "RF-10 + RF-12: night pain with fever or feeling unwell.",
}

-- Age 50+ with new pain, plus any cancer or fracture flag (a smaller fall too) -> today.
red_flag "combo_age" {
  when = COMBO.age,
  level = "today",
  combines = { "rf11", "rf08", "rf09", "rf10", "rf25", "rf16", "rf16_minor", "rf16_minor_only",
               "rf17", "rf17_sudden", "rf18" },
  patient = "Some of my answers together need a check today.",
  clinician = "RF-11 + malignancy or fracture flag.",
}

-- Two or more "mention" items from one group -> today.
-- Cancer group: RF-10 night pain, RF-11 age 50+ with new pain, RF-25 steadily worse.
red_flag "combo_cancer_group" {
  when = COMBO.cancer_group,
  level = "today",
  combines = { "rf10", "rf11", "rf25" },
  patient = "I said yes to more than one safety question.",
  clinician = "Two or more malignancy-group items (RF-10, RF-11, RF-25).",
}
-- Fracture group: RF-11 age 50+ with new pain, RF-17 weak bones, RF-16 a smaller fall.
red_flag "combo_fracture_group" {
  when = COMBO.fracture_group,
  level = "today",
  combines = { "rf11", "rf17", "rf17_sudden", "rf16_minor", "rf16_minor_only" },
  patient = "I said yes to more than one question about my bones.",
  clinician = "Two or more fracture-group items (RF-11, RF-17, RF-16 minor fall).",
}
-- Infection group: RF-10 night pain, RF-13 injected drugs, RF-14 weak immunity, RF-15 recent
-- spine procedure or infection.
red_flag "combo_infection_group" {
  when = COMBO.infection_group,
  level = "today",
  combines = { "rf10", "rf13", "rf14", "rf15" },
  patient = "I said yes to more than one question about infection.",
  clinician = "Two or more infection-group items (RF-10, RF-13, RF-14, RF-15).",
}
