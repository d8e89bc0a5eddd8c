-- helpers_clinic.lua -- shared by the clinic_*.lua drive files (include "helpers_clinic.lua"):
-- the English safety questions in order, who is asked them, and helpers to walk through
-- them and to read the list.

-- The English safety questions in the order the pack asks them: id, words on the screen,
-- who is asked (by body area), and the question that must be "Yes" or "Not sure" first.
SAFETY = {
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

function has(t, x)
  for _, v in ipairs(t) do if v == x then return true end end
  return false
end

-- Is a question for this body area asked of a patient who chose 'areas'? (nil: skipped,
-- which asks everything.)
function applies(where, areas)
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
function safety(areas, answers, stop_at, never)
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
function section(title)
  local text = list()
  local s = text:find(title .. "\n", 1, true)
  if not s then return "" end
  local body = text:sub(s + #title + 1)
  local e = body:find("\n[^-]")
  return e and body:sub(1, e) or body
end

function contains(hay, needle)
  return hay:find(needle, 1, true) ~= nil
end

TODAY = "Please tell the staff today"
MENTION = "Things I need to tell my clinician"

-- The urgent screen: the patient's button only says help is on its way; the desk code
-- (tests/drive/clinic.conf) clears the screen and wipes the visit. (The button's words are
-- the pack's ui.told_staff.)
function told_staff()
  local label
  for _, c in ipairs(controls()) do
    if c == "I have asked for help" or c == "I have told the staff" then label = c end
  end
  tap(assert(label, "no 'I have asked for help' button on the urgent screen"))
  expect_screen "urgent"
  expect "Someone from the desk will come to you"
  clear_urgent("1357")
end

function clear_urgent(code)
  tap "Staff: clear this screen"
  expect_screen "staff"
  for d in code:gmatch("%d") do tap(d) end
  expect_screen "attract"
  assert(not contains(list(), TODAY) and not contains(list(), MENTION),
         "the list still holds flags after the urgent screen")
end
