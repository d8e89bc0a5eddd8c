-- clinic_combos.lua -- the combination rules of CONTENT.md 1.2: flags that combine raise the
-- level (two urgent rules and six "today" rules), and a single item does not.
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

local BACK, NECK, KNEE = { "My back" }, { "My neck" }, { "My leg, hip or knee" }

-- Urgent combinations: the urgent screen comes as soon as the second answer is given.
local URGENT = {
  { "both legs + weakness", BACK, { rf05_both_legs = "Yes", rf06_weak = "Yes" }, "rf06_weak",
    "both legs and about weakness or numbness" },
  { "cancer + both legs", BACK, { rf05_both_legs = "Yes", rf08_cancer = "Yes" }, "rf08_cancer", "You told us you have had cancer." },
  { "cancer + weakness", NECK, { rf06_weak = "Yes", rf06_worse = "No", rf08_cancer = "Yes" }, "rf08_cancer", "You told us you have had cancer." },
  { "cancer + clumsy hands", NECK, { rf07_clumsy = "Yes", rf08_cancer = "Not sure" }, "rf08_cancer", "You told us you have had cancer." },
}
for _, c in ipairs(URGENT) do
  log("combination, urgent: " .. c[1])
  safety(c[2], c[3], c[4])
  expect_screen "urgent"
  expect(c[5])
  told_staff()
end

-- Today combinations: each line under "Please tell the staff today".
local FEVER_RISK = "I have had a fever or felt unwell. I may also be at higher risk of infection."
local NIGHT = "My pain is bad at night. I also said yes to another safety question."
local AGE = "I am 50 or older, and this is a new kind of pain. I also said yes to another safety question."
local CANCER_GROUP = "I said yes to more than one safety question."
local BONES = "I said yes to more than one question about my bones."
local INFECTION = "I said yes to more than one question about infection."

local TODAY_CASES = {
  { "fever + drugs", KNEE, { rf12_fever = "Yes", rf13_drugs = "Yes" }, FEVER_RISK },
  { "fever + immunity", KNEE, { rf12_fever = "Yes", rf14_immune = "Yes" }, FEVER_RISK },
  { "fever + recent spine", KNEE, { rf12_fever = "Not sure", rf15_recent = "Yes" }, FEVER_RISK },
  { "night + cancer", BACK, { rf08_cancer = "Yes", rf10_night = "Yes" }, NIGHT },
  { "night + weight", NECK, { rf09_weight = "Yes", rf10_night = "Yes" }, NIGHT },
  { "night + fever", BACK, { rf12_fever = "Yes", rf10_night = "Yes" }, NIGHT },
  { "age + cancer", BACK, { rf08_cancer = "Yes", rf11_age50 = "Yes" }, AGE },
  { "age + weight", BACK, { rf09_weight = "Yes", rf11_age50 = "Yes" }, AGE },
  { "age + accident", NECK, { rf16_accident = "Yes", rf11_age50 = "Yes" }, AGE },
  { "age + steroids", BACK, { rf18_steroids = "Yes", rf11_age50 = "Yes" }, AGE },
  { "age + worse", BACK, { rf11_age50 = "Yes", rf25_worse = "Yes" }, AGE },
  { "cancer group: night + worse", BACK, { rf10_night = "Yes", rf25_worse = "Yes" }, CANCER_GROUP },
  { "cancer group: night + age", NECK, { rf10_night = "Yes", rf11_age50 = "Yes" }, CANCER_GROUP },
  { "fracture group: age + bones", NECK, { rf17_bones = "Yes", rf11_age50 = "Yes" }, BONES },
  { "infection group: immunity + recent", KNEE, { rf14_immune = "Yes", rf15_recent = "Yes" }, INFECTION },
  { "infection group: drugs + immunity", KNEE, { rf13_drugs = "Yes", rf14_immune = "Yes" }, INFECTION },
  { "infection group: night + drugs", BACK, { rf13_drugs = "Yes", rf10_night = "Yes" }, INFECTION },
}
for _, c in ipairs(TODAY_CASES) do
  log("combination, today: " .. c[1])
  safety(c[2], c[3])
  expect_screen "scene"
  assert(contains(section(TODAY), c[4]), c[1] .. ": '" .. c[4] .. "' not under today")
  expect "Some of your answers need a check today."
  tap "Start over"
end

-- One item alone combines with nothing.
local SINGLE = {
  { "immunity alone", KNEE, { rf14_immune = "Yes" } },
  { "night alone", BACK, { rf10_night = "Yes" } },
  { "age alone", BACK, { rf11_age50 = "Yes" } },
  { "fever alone", KNEE, { rf12_fever = "Yes" } },
  { "both legs alone", BACK, { rf05_both_legs = "Yes" } },
}
for _, c in ipairs(SINGLE) do
  log("no combination: " .. c[1])
  safety(c[2], c[3])
  expect_screen "scene"
  local today = section(TODAY)
  for _, line in ipairs { FEVER_RISK, NIGHT, AGE, CANCER_GROUP, BONES, INFECTION } do
    assert(not contains(today, line), c[1] .. ": raised '" .. line .. "'")
  end
  if today == "" then expect_not "Some of your answers need a check today." end
  tap "Start over"
end
