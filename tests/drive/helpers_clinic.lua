-- helpers_clinic.lua -- shared by the clinic_*.lua drive files (include "helpers_clinic.lua"):
-- the English safety questions in order, who is asked them, and helpers to walk through
-- them and to read the list.

-- The English safety questions in the order the pack asks them: id, words on the screen,
-- who is asked (by body area), the question that must be "Yes" or "Not sure" first, and a
-- function of the answers given so far that must hold too.
local function yes_or_unsure(a) return a == "Yes" or a == "Not sure" end
SAFETY = {
  { "age", "How old are you?", "all" },
  { "rf21_heart", "Right now, do you have pain, pressure or tightness in your chest?", "all" },
  { "rf20_neck", "Since your neck or head pain started", "neck" },
  { "rf20_stroke", "In the last few days, have you had sudden numbness", "notneck" },
  { "rf01_saddle", "where you would sit on a bike seat", "back" },
  { "rf02_bladder", "Is it new for you to have trouble peeing", "back" },
  { "rf03_bowel", "Is it new for you to leak poo", "back" },
  { "rf04_sexual", "Do your private parts feel numb", "back" },
  { "rf05_both_legs", "pins and needles in both legs?", "back" },
  { "rf06_weak", "Is a leg, foot or arm weak?", "backneck" },
  { "rf06_worse", "Is the weakness getting worse day by day?", "backneck", "rf06_weak" },
  { "rf23_joint", "Is a joint suddenly hot, swollen", "limb" },
  { "rf22_leg", "Is one leg newly swollen", "limb" },
  { "rf22_breath", "Are you suddenly short of breath?", "limb", "rf22_leg" },
  { "rf19_belly", "a throbbing feeling in your belly?", "back" },
  { "rf19_severe", "Did that pain come on suddenly", "back", "rf19_belly" },
  { "rf12_fever", "have you had a fever, chills or night sweats?", "all" },
  { "rf12_now", "Do you feel very ill right now?", "all", "rf12_fever" },
  { "rf08_cancer", "Have you ever had cancer?", "all" },
  { "rf07_clumsy", "Have your hands become clumsy", "neckorcancer" },
  { "rf09_weight", "have you lost weight without trying?", "all" },
  { "rf16_accident", "Did this pain start after a big accident?", "all" },
  { "rf16_bruise", "is there a bruise or a graze where it hurts?", "all", "rf16_accident" },
  { "rf16_minor", "Did this pain start after a smaller fall or knock?", "all", nil,
    function(g) return not yes_or_unsure(g.rf16_accident) end },
  { "rf17_bones", "weak or thin bones (osteoporosis)?", "all" },
  { "rf17_sudden", "Did this pain start suddenly?", "all", "rf17_bones" },
  { "rf18_steroids", "Have you taken steroid tablets", "all" },
  { "rf13_drugs", "Have you ever injected drugs", "all" },
  { "rf14_immune", "harder for your body to fight germs?", "all" },
  { "rf15_recent", "an operation or an injection in your spine?", "all" },
  { "rf10_night", "Is your pain bad at night, even when you lie still?", "backneck" },
  { "rf11_new", "Is this a new kind of back or neck pain for you?", "backneck", nil,
    function(g) return g.age == "50 to 64" or g.age == "65 or older" end },
  { "rf24_inflam", "start before you were 45?", "back" },
  { "rf24_pattern", "Is your back stiff in the morning", "back", "rf24_inflam" },
  { "rf25_worse", "getting worse week by week", "back" },
  { "mood", "has pain left you feeling low", "all" },
  { "rf26_thoughts", "Have you had thoughts of hurting yourself or ending your life?", "all", nil,
    function(g) return g.mood == "A little" or g.mood == "A lot" end },
  { "rf26_now", "Are you having these thoughts now?", "all", nil,
    function(g) return yes_or_unsure(g.rf26_thoughts)
                       or g.rf26_thoughts == "I'd rather tell someone in private" end },
}

-- The answer given when a test names none.
local DEFAULT = { age = "Under 50", mood = "Not at all" }

-- The same in Spanish (safety_es): words of each question on the screen, and the Spanish of
-- the English labels a test names (areas and answers are always named in English).
local WORDS_ES = {
  age = "¿Qué edad tiene?",
  rf21_heart = "Ahora mismo, ¿tiene dolor, presión u opresión en el pecho?",
  rf20_neck = "Desde que empezó el dolor de cuello o de cabeza",
  rf20_stroke = "¿ha notado de repente un lado de la cara o del cuerpo dormido o débil?",
  rf01_saddle = "Es la zona que toca el asiento de una bici.",
  rf02_bladder = "¿Es nuevo para usted tener problemas para orinar?",
  rf03_bowel = "que se le escapen las heces (caca)",
  rf04_sexual = "¿Nota sus partes íntimas dormidas",
  rf05_both_legs = "en las dos piernas?",
  rf06_weak = "¿Tiene débil una pierna, un pie o un brazo?",
  rf06_worse = "¿La debilidad va a peor día a día?",
  rf23_joint = "¿Tiene una articulación caliente, hinchada",
  rf22_leg = "¿Tiene una pierna hinchada, caliente o roja",
  rf22_breath = "¿Le falta el aire de repente?",
  rf19_belly = "¿O nota latidos en la barriga?",
  rf19_severe = "¿Ese dolor empezó de repente",
  rf12_fever = "¿ha tenido fiebre, escalofríos o sudores por la noche?",
  rf12_now = "¿Se encuentra muy mal ahora mismo?",
  rf08_cancer = "¿Ha tenido cáncer alguna vez?",
  rf07_clumsy = "¿Se han vuelto torpes sus manos?",
  rf09_weight = "¿ha perdido peso sin intentarlo?",
  rf16_accident = "¿Este dolor empezó después de un accidente grave?",
  rf16_bruise = "¿tiene un moratón o un rasguño donde le duele?",
  rf16_minor = "¿Este dolor empezó después de una caída o un golpe más pequeño?",
  rf17_bones = "los huesos débiles o finos (osteoporosis)?",
  rf17_sudden = "¿Este dolor empezó de repente?",
  rf18_steroids = "¿Ha tomado pastillas de corticoides",
  rf13_drugs = "¿Se ha inyectado alguna vez drogas",
  rf14_immune = "defenderse de los microbios?",
  rf15_recent = "una inyección en la columna?",
  rf10_night = "¿Su dolor es fuerte por la noche",
  rf11_new = "¿Es un tipo de dolor de espalda o de cuello nuevo para usted?",
  rf24_inflam = "¿Su dolor de espalda empezó antes de los 45 años?",
  rf24_pattern = "¿Tiene la espalda rígida por la mañana",
  rf25_worse = "¿Su dolor va a peor semana a semana",
  mood = "¿el dolor le ha bajado el ánimo",
  rf26_thoughts = "¿Ha tenido pensamientos de hacerse daño o de quitarse la vida?",
  rf26_now = "¿Tiene esos pensamientos ahora?",
}
ES = {
  ["Yes"] = "Sí", ["No"] = "No", ["Not sure"] = "No lo sé",
  ["I'd rather tell someone in private"] = "Prefiero decirlo en privado",
  ["Under 50"] = "Menos de 50", ["50 to 64"] = "De 50 a 64", ["65 or older"] = "65 o más",
  ["Not at all"] = "Nada", ["A little"] = "Un poco", ["A lot"] = "Mucho",
  ["My back"] = "La espalda", ["My neck"] = "El cuello", ["My arm or shoulder"] = "El brazo o el hombro",
  ["My leg, hip or knee"] = "La pierna, la cadera o la rodilla", ["Somewhere else"] = "Otra parte",
}

function has(t, x)
  for _, v in ipairs(t) do if v == x then return true end end
  return false
end

-- Is a question for this body area asked of a patient who chose 'areas'? (nil: skipped,
-- which asks everything.)
function applies(where, areas, given)
  if where == "neckorcancer" then
    return applies("neck", areas) or yes_or_unsure(given and given.rf08_cancer)
  end
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
-- (default "No"; the age band "Under 50"; mood "Not at all"). Returns after 'stop_at' is
-- answered, or at the end of the safety questions. 'never' is a list of words that must not
-- appear on any safety question screen. With es true, the visit is in Spanish (chosen on the
-- attract screen); areas and answers are still named in English.
function safety(areas, answers, stop_at, never, es)
  answers = answers or {}
  local function say(w) return es and (ES[w] or error("no Spanish for " .. w)) or w end
  if es then
    tap "Español"
    tap "Empezar"
    expect "Se las hacemos a todo el mundo. La mayoría de las personas responde que no."
    tap "Siguiente"
    expect "¿Dónde tiene el dolor?"
  else
    start()
    tap "Let's begin"
    expect "We ask everyone. Most people answer no."
    tap "Next"
    expect "Where is your pain?"
  end
  if areas then
    for _, a in ipairs(areas) do tap(say(a)) end
    tap(es and "Siguiente" or "Next")
  else
    tap(es and "Saltar" or "Skip")
  end
  local given = {}
  for _, q in ipairs(SAFETY) do
    local id, words, where, parent, cond = q[1], q[2], q[3], q[4], q[5]
    local asked = applies(where, areas, given)
    if parent then asked = asked and yes_or_unsure(given[parent]) end
    if cond then asked = asked and cond(given) end
    if asked then
      expect_screen "question"
      expect(es and WORDS_ES[id] or words)
      for _, w in ipairs(never or {}) do expect_not(w) end
      given[id] = answers[id] or DEFAULT[id] or "No"
      tap(say(given[id]))
      if id == stop_at then return end
    end
  end
  expect(es and "Aquí terminan las preguntas de seguridad." or "That is the end of the safety questions.")
end

-- The same visit in Spanish.
function safety_es(areas, answers, stop_at, never)
  return safety(areas, answers, stop_at, never, true)
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

-- ---- after the safety questions (learn, about you): shared by the journey drives ----------

-- The short way through how pain works (learn.lua): the 6 key ideas for a patient with no area
-- but the knee, hip or leg ("leg"), or the back ("back"), and with more = true the 9 others
-- after "Tell me more". Checks the words of each screen; ends on the about-you intro.
LEARN_KEY = {
  "Your pain is real.", "Your alarm system can get extra sensitive.",
  "Scans often show changes in people with no pain at all.",
  "is not dangerous", "Movement helps.", "Flare-ups happen, and they usually settle.",
}
LEARN_MORE = {
  "Pain is a protector.", "Hurt does not always mean harm.", "like a dial.",
  "Your brain weighs up danger and safety.", "A scan is not always needed.",
  "Avoiding movement can keep pain going.", "Sleep and pain affect each other.",
  "Learning about pain is part of treatment.", "Your nervous system can change.",
}
function learn(area, more)
  expect "Next, there are 6 short screens about how pain works. They take about 3 minutes."
  tap "Show me"
  for i, words in ipairs(LEARN_KEY) do
    expect_screen "scene"
    expect(words)
    if i == 3 and area == "leg" then
      expect "Many people with no knee or hip pain have small tears"
      expect_not "disc bulge"
      expect_not "wear and tear"
    elseif i == 3 and area == "back" then
      expect "At age 20, about 3 in 10 have a disc bulge on a scan."
    end
    if i == 4 then
      expect(area == "back" and "For most people, back pain is not dangerous"
             or "For most people, pain in a knee, hip or shoulder is not dangerous.")
      expect_not "Your clinician will check your answers first."
    end
    if i < #LEARN_KEY then tap "Next" end
  end
  expect "Tell me more (9 short screens)"
  if not more then
    tap "Go on"
  else
    tap "Tell me more (9 short screens)"
    for i, words in ipairs(LEARN_MORE) do
      expect_screen "scene"
      expect(words)
      if i == 3 or i == 4 then expect "This does not mean it is in your head or your fault." end
      if i == 5 and area == "leg" then expect "examining you" end
      tap "Next"
    end
  end
  expect "There are no right or wrong answers, and there is no score."
end

-- The about-you answers of the knee patient of clinic_journey_en.lua and onepage_list.lua
-- (from the intro to the pick screen; the language is switched to Spanish and back on the way),
-- and the notes they give on the list.
function about_knee(shots)
  local function snap(n) if shots then shot(n) end end
  tap "Start"
  expect "What would you most like to be able to do again?"
  tap "Walk further"
  tap "Sleep better"
  tap "Next"
  expect "What worries you most about your pain?"
  tap "Español"                                  -- switch language on any screen ...
  expect "¿Qué es lo que más le preocupa de su dolor?"
  assert(contains(list(), "Caminar más, Dormir mejor"), "answers lost when switching to Spanish")
  tap "English"                                  -- ... and back, answers kept
  expect "What worries you most about your pain?"
  tap "I will need an operation"
  tap "Next"
  expect "Do you now avoid some things"
  tap "Yes"
  expect "Which ones?"
  tap "Bending"
  tap "Lifting"
  tap "Next"
  expect "How have you been sleeping over the last 2 weeks?"
  tap "Poor"
  expect "Does pain wake you up at night?"
  tap "Yes"
  expect "How stressed have you felt lately?"
  snap "en_scale"
  tap "7"
  expect "What is adding to your stress?"
  tap "Money"
  tap "Next"
  expect "How sure are you that your pain can get better?"
  tap "3"
  expect "There are a few more questions"
  tap "Answer them"
  expect "Has anything you were told about a scan or X-ray worried you?"
  tap "No"
  expect "What do you think is causing your pain?"
  type "my knee cap"
  snap "en_typed"
  tap "Next"
  expect "To protect the sore area"
  tap "Skip"
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
  expect_screen "pick"
end
KNEE_NOTES = {
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
}
-- What the knee patient's answers suggest, in the pack's order (questions.lua): ticked already.
KNEE_SUGGESTED = {
  "Which movements and activities are safe for me right now?",
  "Is it safe for me to bend and lift?",
  "What should I do if I have a flare-up?",
}
