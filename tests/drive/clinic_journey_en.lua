-- clinic_journey_en.lua -- a whole visit in English, as a knee patient with no warning signs:
-- welcome, safety questions, the 15 screens on how pain works, about you, picking and typing
-- questions, the list (picked and typed questions, notes, safety net), goodbye, thank you.
-- On the way the language is switched to Spanish and back, keeping every answer.
-- ---- helpers (each drive file stands alone) ------------------------------------------------

-- The English safety questions in the order the pack asks them: id, words on the screen,
-- who is asked (by body area), and the question that must be "Yes" or "Not sure" first.
local SAFETY = {
  { "rf21_heart", "tightness in your chest", "all" },
  { "rf20_neck", "Since your neck or head pain started", "neck" },
  { "rf20_stroke", "In the last few days, have you had sudden numbness", "notneck" },
  { "rf01_saddle", "where you would sit on a bike seat", "back" },
  { "rf02_bladder", "Is it new for you to have trouble peeing", "back" },
  { "rf03_bowel", "Is it new for you to leak poo", "back" },
  { "rf04_sexual", "Do your private parts feel numb", "back" },
  { "rf05_both_legs", "pins and needles in both legs?", "back" },
  { "rf06_weak", "Is a leg, foot or arm weak?", "backneck" },
  { "rf06_worse", "Is the weakness getting worse day by day?", "backneck", "rf06_weak" },
  { "rf07_clumsy", "Have your hands become clumsy", "neck" },
  { "rf23_joint", "Is a joint suddenly hot, swollen", "limb" },
  { "rf22_leg", "Is one leg newly swollen", "limb" },
  { "rf22_breath", "Are you suddenly short of breath?", "limb", "rf22_leg" },
  { "rf19_belly", "a throbbing feeling in your belly?", "back" },
  { "rf19_severe", "Did that pain come on suddenly", "back", "rf19_belly" },
  { "rf12_fever", "have you had a fever, chills or night sweats?", "all" },
  { "rf12_now", "Do you feel very ill right now?", "all", "rf12_fever" },
  { "rf08_cancer", "Have you ever had cancer?", "all" },
  { "rf09_weight", "have you lost weight without trying?", "all" },
  { "rf16_accident", "Did this pain start after a big accident?", "all" },
  { "rf16_bruise", "is there a bruise or a graze where it hurts?", "all", "rf16_accident" },
  { "rf17_bones", "weak or thin bones (osteoporosis)?", "all" },
  { "rf17_sudden", "Did this pain start suddenly?", "all", "rf17_bones" },
  { "rf18_steroids", "Have you taken steroid tablets", "all" },
  { "rf13_drugs", "Have you ever injected drugs", "all" },
  { "rf14_immune", "harder for your body to fight germs?", "all" },
  { "rf15_recent", "an operation or an injection in your spine?", "all" },
  { "rf10_night", "Is your pain bad at night, even when you lie still?", "backneck" },
  { "rf11_age50", "Are you 50 or older", "backneck" },
  { "rf24_inflam", "start before you were 45?", "back" },
  { "rf24_pattern", "Is your back stiff in the morning", "back", "rf24_inflam" },
  { "rf25_worse", "getting worse week by week", "back" },
}

local function has(t, x)
  for _, v in ipairs(t) do if v == x then return true end end
  return false
end

-- Is a question for this body area asked of a patient who chose 'areas'? (nil: skipped,
-- which asks everything.)
local function applies(where, areas)
  if areas == nil then return where ~= "notneck" end
  if where == "all" then return true end
  local back, neck = has(areas, "My back"), has(areas, "My neck")
  local limb = has(areas, "My arm or shoulder") or has(areas, "My leg, hip or knee")
               or has(areas, "Somewhere else")
  if where == "back" then return back end
  if where == "neck" then return neck end
  if where == "notneck" then return not neck end
  if where == "backneck" then return back or neck end
  if where == "limb" then return limb end
  error("unknown area " .. where)
end

-- Starts a visit and answers the safety questions. 'answers' maps question ids to a reply
-- (default "No"). Returns after 'stop_at' is answered, or at the end of the safety questions.
-- 'never' is a list of words that must not appear on any safety question screen.
local function safety(areas, answers, stop_at, never)
  answers = answers or {}
  start()
  tap "Let's begin"
  expect "We ask everyone. Most people answer no."
  tap "Next"
  expect "Where is your pain?"
  if areas then
    for _, a in ipairs(areas) do tap(a) end
    tap "Next"
  else
    tap "Skip"
  end
  local given = {}
  for _, q in ipairs(SAFETY) do
    local id, words, where, parent = q[1], q[2], q[3], q[4]
    local asked = applies(where, areas)
                  and (not parent or given[parent] == "Yes" or given[parent] == "Not sure")
    if asked then
      expect_screen "question"
      expect(words)
      for _, w in ipairs(never or {}) do expect_not(w) end
      given[id] = answers[id] or "No"
      tap(given[id])
      if id == stop_at then return end
    end
  end
  expect "That is the end of the safety questions."
end

-- The lines under one heading of the list (list() is "Heading\n- line\n...").
local function section(title)
  local text = list()
  local s = text:find(title .. "\n", 1, true)
  if not s then return "" end
  local body = text:sub(s + #title + 1)
  local e = body:find("\n[^-]")
  return e and body:sub(1, e) or body
end

local function contains(hay, needle)
  return hay:find(needle, 1, true) ~= nil
end

local TODAY = "Please tell the staff today"
local MENTION = "Things I need to tell my clinician"

-- From the urgent screen: the patient says they told the desk; the visit is wiped.
local function told_staff()
  tap "I have told the staff"
  expect_screen "attract"
  assert(not contains(list(), TODAY) and not contains(list(), MENTION),
         "the list still holds flags after the urgent screen")
end

local NOTES = "Things I'd like my clinician to know"
local QUESTIONS = "Questions I want to ask"

-- Welcome: what this is, how long, nothing saved, stop at any time.
start()
expect_screen "scene"
expect "I can help you get ready for your appointment."
expect "It takes about 5 to 10 minutes."
expect "Nothing you tell me is saved."
expect "You can stop at any time."
shot "en_welcome"
tap "Start over"

-- Safety questions (a knee patient: no saddle or bladder questions).
safety({ "My leg, hip or knee" }, {}, nil, { "bike seat", "trouble peeing" })
expect "Next, there are 15 short screens about how pain works."
expect_not "Some of your answers need a check today."
tap "Show me"

-- How pain works: one idea a screen.
local LEARN = {
  "Your pain is real.", "Pain is a protector.", "Hurt does not always mean harm.",
  "Your alarm system can get extra sensitive.", "like a volume dial.",
  "Your brain weighs up danger and safety.", "Scans often show changes in people with no pain at all.",
  "A scan is not always needed.", "Most back pain is not dangerous", "Movement helps.",
  "Avoiding movement can keep pain going.", "Flare-ups happen, and they usually settle.",
  "Sleep and pain affect each other.", "Learning about pain is part of treatment.",
  "Your nervous system can change.",
}
for i, words in ipairs(LEARN) do
  expect_screen "scene"
  expect(words)
  if i == 4 then shot "en_alarm" end
  if i == 7 then
    expect "At age 20, about 3 in 10 have a disc bulge on a scan. At age 80, more than 8 in 10 do."
    expect_not "wear and tear"
    shot "en_scans"
  end
  tap "Next"
end

-- About you: optional, unscored, each answer that matters becomes a note.
expect "There are no right or wrong answers, and there is no score."
tap "Start"
expect "What would you most like to be able to do again?"
tap "Walk further"
tap "Sleep better"
tap "Next"
expect "How have you been sleeping over the last 2 weeks?"
tap "Español"                                    -- switch language on any screen ...
expect "¿Cómo ha dormido en las últimas 2 semanas?"
assert(contains(list(), "Caminar más, Dormir mejor"), "answers lost when switching to Spanish")
tap "English"                                    -- ... and back, answers kept
expect "How have you been sleeping over the last 2 weeks?"
tap "Poor"
expect "Does pain wake you up at night?"
tap "Yes"
expect "How stressed have you felt lately?"
shot "en_scale"
tap "7"
expect "What is adding to your stress?"
tap "Money"
tap "Next"
expect "has pain left you feeling low"
tap "Not at all"
expect "What worries you most about your pain?"
tap "I will need an operation"
tap "Next"
expect "Do you now avoid some things"
tap "Yes"
expect "Which ones?"
tap "Bending"
tap "Lifting"
tap "Next"
expect "To protect the sore area"
tap "Skip"
expect "What do you think is causing your pain?"
type "my knee cap"
shot "en_typed"
tap "Next"
expect "Has anything you were told about a scan or X-ray worried you?"
tap "No"
expect "How sure are you that your pain can get better?"
tap "3"
expect "There are a few more questions"
tap "Answer them"
expect "Have you had other injuries or operations before?"
tap "No"
expect "What have you tried for this pain so far?"
tap "Rest"
tap "Exercise"
tap "Next"
expect "What helped, and what did not?"
tap "Skip"
expect "On good days, do you do a lot, and then pay for it later?"
tap "Often"
expect "Is pain making any of these harder?"
tap "Work"
tap "Next"
expect "Are you off work because of your pain right now?"
tap "No"
expect "Who helps you at home?"
tap "Skip"
expect "What do you take for your pain?"
type "ibuprofen"
tap "Next"
expect "Do you have any other health problems"
tap "Skip"
expect "Have big or upsetting events in your life affected you lately?"
tap "No"

-- Your questions: pick up to 5, type up to 3.
expect_screen "pick"
expect "Pick up to 5 questions. You have picked 0."
local PICKED = {
  "Is it safe for me to bend and lift?",
  "What should I do if I have a flare-up?",
  "How will we know if the treatment is working?",
  "Which warning signs mean I should get help straight away?",
  "Can you write down the main points for me?",
}
for _, q in ipairs(PICKED) do tap(q) end
shot "en_pick"
tap "Type my own question"
type "can i swim in the sea?"
tap "Add to my list"
expect_screen "pick"
tap "Next"

-- Your list: questions, notes, the safety net; nothing flagged.
expect_screen "list"
shot "en_list"
local q = section(QUESTIONS)
for _, p in ipairs(PICKED) do assert(contains(q, p), "picked question missing: " .. p) end
assert(contains(q, "can i swim in the sea?"), "typed question missing")
local notes = section(NOTES)
for _, line in ipairs {
  "What I would most like to do again: Walk further, Sleep better.",
  "My sleep has been poor over the last 2 weeks.",
  "Pain wakes me up at night.",
  "How stressed I have felt lately: 7 out of 10.",
  "Things adding to my stress: Money.",
  "I worry that I will need an operation.",
  "I avoid some things, because I worry they will hurt me or cause damage.",
  "Things I avoid: Bending, Lifting.",
  "What I think is causing my pain: my knee cap",
  "How sure I am that my pain can get better: 3 out of 10.",
  "What I have tried so far: Rest, Exercise.",
  "On good days I often do a lot, and then pay for it later.",
  "Pain is making these harder: Work.",
  "What I take for my pain: ibuprofen",
} do
  assert(contains(notes, line), "note missing: " .. line)
end
assert(not contains(notes, "feeling"), "a mood note for 'not at all'")
assert(not contains(notes, "scan"), "a scan note for 'no'")
local l = list()
assert(not contains(l, TODAY) and not contains(l, MENTION), "flags for a patient who said no")
assert(contains(section("When to get help straight away"),
                "call your local emergency number. Do not wait for your next appointment."),
       "no safety net on the list")
assert(l:find(NOTES, 1, true) > l:find(QUESTIONS, 1, true), "questions are not first")
tap "Next"

-- Goodbye with the safety net, then the thank-you screen, then the attract screen.
expect_screen "scene"
expect "Get help straight away if any of these start:"
expect "New numbness between your legs or around your bottom."
expect "go to the emergency department or call your local emergency number"
tap "Next"
expect_screen "end"
expect "Thank you. We hope your appointment goes well."
expect "Do not wait for your next appointment."
shot "en_end"
tap "Done"
expect_screen "attract"
assert(not contains(list(), "swim"), "the visit was not wiped")
