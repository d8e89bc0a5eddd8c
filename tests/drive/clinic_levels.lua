-- clinic_levels.lua -- every "today" (T2) and "mention" (T3) red flag: one "Yes" puts its
-- line on the list under its heading, without the urgent screen. Also: a patient who
-- answers "No" to everything has no flags at all.
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

local CASES = {
  -- name, areas, answers, heading, line on the list
  { "RF-05", BACK, { rf05_both_legs = "Yes" }, TODAY, "I have pain, numbness, or pins and needles in both legs." },
  { "RF-06 stable", BACK, { rf06_weak = "Yes", rf06_worse = "No" }, TODAY, "My leg, foot or arm feels weak." },
  { "RF-07", NECK, { rf07_clumsy = "Yes" }, TODAY, "My hands have become clumsy, or my walking is unsteady." },
  { "RF-08", KNEE, { rf08_cancer = "Yes" }, TODAY, "I have had cancer." },
  { "RF-09", KNEE, { rf09_weight = "Yes" }, TODAY, "I have lost weight without trying." },
  { "RF-12", KNEE, { rf12_fever = "Yes", rf12_now = "No" }, TODAY, "I have had a fever, chills or night sweats" },
  { "RF-16", KNEE, { rf16_accident = "Yes" }, TODAY, "My pain started after a big accident." },
  { "RF-16 bruise", BACK, { rf16_accident = "Yes", rf16_bruise = "Yes" }, TODAY, "I have a bruise or graze where it hurts" },
  { "RF-17 sudden", KNEE, { rf17_bones = "Yes", rf17_sudden = "Yes" }, TODAY, "I have weak bones, and this pain started suddenly." },
  { "RF-18", KNEE, { rf18_steroids = "Yes" }, TODAY, "I have taken steroid tablets for 3 months or more." },
  { "RF-19", BACK, { rf19_belly = "Yes", rf19_severe = "No" }, TODAY, "I have pain in my belly and back at the same time." },
  { "RF-22", KNEE, { rf22_leg = "Yes", rf22_breath = "No" }, TODAY, "One leg is newly swollen, warm or red" },
  { "RF-10", BACK, { rf10_night = "Yes" }, MENTION, "My pain is bad at night, even when I lie still" },
  { "RF-11", NECK, { rf11_age50 = "Yes" }, MENTION, "I am 50 or older, and this is a new kind of pain for me." },
  { "RF-13", KNEE, { rf13_drugs = "Yes" }, MENTION, "I have something in my health history to tell my clinician about." },
  { "RF-14", KNEE, { rf14_immune = "Yes" }, MENTION, "It is harder for my body to fight germs." },
  { "RF-15", KNEE, { rf15_recent = "Yes" }, MENTION, "In the last 3 months, I have had a bad infection." },
  { "RF-17", KNEE, { rf17_bones = "Yes", rf17_sudden = "No" }, MENTION, "I have weak or thin bones" },
  { "RF-24", BACK, { rf24_inflam = "Yes", rf24_pattern = "Yes" }, MENTION, "My back pain started before I was 45." },
  { "RF-25", BACK, { rf25_worse = "Yes" }, MENTION, "My pain is getting worse week by week" },
}

for _, c in ipairs(CASES) do
  log("level: " .. c[1])
  safety(c[2], c[3])
  expect_screen "scene"                        -- no urgent screen
  local other = c[4] == TODAY and MENTION or TODAY
  assert(contains(section(c[4]), c[5]), c[1] .. ": '" .. c[5] .. "' not under '" .. c[4] .. "'")
  assert(not contains(section(other), c[5]), c[1] .. ": also under '" .. other .. "'")
  if c[4] == TODAY then expect "Some of your answers need a check today." end
  tap "Start over"
  expect_screen "attract"
end

-- A follow-up that says no keeps the first answer's level; a pattern needs both parts.
log("level: RF-24 needs both parts")
safety({ "My back" }, { rf24_inflam = "Yes", rf24_pattern = "No" })
assert(not contains(list(), "started before I was 45"), "RF-24 raised without the pattern")
tap "Start over"

-- Everyone "No": nothing on the list but the safety net.
log("level: all no")
safety(nil, {})
local l = list()
assert(not contains(l, TODAY) and not contains(l, MENTION), "flags raised for an all-no patient")
assert(contains(l, "Get help straight away if any of these start."), "no safety net on the list")
expect_not "Some of your answers need a check today."
