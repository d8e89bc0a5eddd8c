-- helpers_clinic.lua -- shared by the clinic_*.lua drive files (include "helpers_clinic.lua"):
-- the English safety questions in order, who is asked them, and helpers to walk through
-- them and to read the list.

-- The English safety questions in the order the pack asks them: id, words on the screen,
-- who is asked (by body area), the question that must be "Yes" or "Not sure" first, a
-- function of the answers given so far that must hold too, and the group screen (GROUPS)
-- the question is a tick of.
local function yes_or_unsure(a) return a == "Yes" or a == "Not sure" end
SAFETY = {
  { "age", "How old are you?", "all" },
  { "rf21_heart", "Right now, do you have pain, pressure or tightness in your chest?", "all" },
  { "rf20_neck", "Since your neck or head pain started", "neck" },
  { "rf20_stroke", "In the last few days, have you had sudden numbness", "notneck" },
  { "rf01_saddle", "where you would sit on a bike seat", "back", nil, nil, "nerves" },
  { "rf02_bladder", "Is it new for you to have trouble peeing", "back", nil, nil, "nerves" },
  { "rf03_bowel", "Is it new for you to leak poo", "back", nil, nil, "nerves" },
  { "rf04_sexual", "Do your private parts feel numb", "back", nil, nil, "nerves" },
  { "rf05_both_legs", "pins and needles in both legs?", "back", nil, nil, "limbs" },
  { "rf06_weak", "Is a leg, foot or arm weak?", "backneck", nil, nil, "limbs" },
  { "rf23_joint", "Is a joint suddenly hot, swollen", "limb", nil, nil, "limbs" },
  { "rf22_leg", "Is one leg newly swollen", "limb", nil, nil, "limbs" },
  { "rf06_worse", "Is the weakness getting worse day by day?", "backneck", "rf06_weak" },
  { "rf22_breath", "Are you suddenly short of breath?", "limb", "rf22_leg" },
  { "rf12_fever", "have you had a fever, chills or night sweats?", "all", nil, nil, "health" },
  { "rf09_weight", "have you lost weight without trying?", "all", nil, nil, "health" },
  { "rf08_cancer", "Have you ever had cancer?", "all", nil, nil, "health" },
  { "rf19_belly", "a throbbing feeling in your belly?", "back", nil, nil, "health" },
  { "rf12_now", "Do you feel very ill right now?", "all", "rf12_fever" },
  { "rf19_severe", "Did that pain come on suddenly", "back", "rf19_belly" },
  { "rf07_clumsy", "Have your hands become clumsy", "neckorcancer" },
  { "rf16_accident", "Did this pain start after a big accident?", "all", nil, nil, "bones" },
  { "rf16_minor", "Did this pain start after a smaller fall or knock?", "all", nil, nil, "bones" },
  { "rf17_bones", "weak or thin bones (osteoporosis)?", "all", nil, nil, "bones" },
  { "rf18_steroids", "Have you taken steroid tablets", "all", nil, nil, "bones" },
  { "rf16_bruise", "is there a bruise or a graze where it hurts?", "all", "rf16_accident" },
  { "rf17_sudden", "Did this pain start suddenly?", "all", "rf17_bones" },
  { "rf13_drugs", "Have you ever injected drugs", "all", nil, nil, "infection" },
  { "rf14_immune", "harder for your body to fight germs?", "all", nil, nil, "infection" },
  { "rf15_recent", "an operation or an injection in your spine?", "all", nil, nil, "infection" },
  { "rf10_night", "Is your pain bad at night, even when you lie still?", "backneck", nil, nil,
    "pattern" },
  { "rf11_new", "Is this a new kind of back or neck pain for you?", "backneck", nil,
    function(g) return g.age == "50 to 64" or g.age == "65 or older" end, "pattern" },
  { "rf24_inflam", "start before you were 45?", "back", nil, nil, "pattern" },
  { "rf25_worse", "getting worse week by week", "back", nil, nil, "pattern" },
  { "rf24_pattern", "Is your back stiff in the morning", "back", "rf24_inflam" },
  { "mood", "has pain left you feeling low", "all" },
  { "rf26_thoughts", "Have you had thoughts of hurting yourself or ending your life?", "all", nil,
    function(g) return g.mood == "A little" or g.mood == "A lot" end },
  { "rf26_now", "Are you having these thoughts now?", "all", nil,
    function(g) return yes_or_unsure(g.rf26_thoughts)
                       or g.rf26_thoughts == "I'd rather tell someone in private" end },
}

-- The group screens (ask_group): words of each (en, es).
GROUPS = {
  nerves = { "Do you have any of these? Tap each one you have.",
             "¿Tiene alguna de estas cosas? Toque cada una que tenga." },
  limbs = { "Do you have any of these now? Tap each one you have.",
            "¿Tiene ahora alguna de estas cosas? Toque cada una que tenga." },
  health = { "Do you have any of these, or have you had them?",
             "¿Tiene o ha tenido alguna de estas cosas?" },
  bones = { "Do any of these apply to you? Tap each one that does.",
            "¿Le pasa alguna de estas cosas? Toque cada una que le pase." },
  infection = { "Tap each one that does. You can choose to tell someone in private.",
                "Toque cada una que le pase. Puede elegir decirlo en privado." },
  pattern = { "Is your pain like any of these? Tap each one that is.",
              "¿Su dolor es como alguno de estos? Toque cada uno que lo sea." },
}

-- Each grouped question's tick (its short line), in English and Spanish.
SHORT = {
  rf01_saddle = { "New numbness or tingling between your legs or around your bottom",
                  "Entumecimiento nuevo entre las piernas o en las nalgas" },
  rf02_bladder = { "New trouble peeing, or leaking pee",
                   "Problemas nuevos para orinar, o se le escapa la orina" },
  rf03_bowel = { "New leaking of poo, or not feeling when you need to go",
                 "Escape nuevo de heces (caca), o no notar ganas de ir" },
  rf04_sexual = { "New numbness of your private parts, or new trouble with sex",
                  "Partes íntimas dormidas o problemas sexuales nuevos" },
  rf05_both_legs = { "Pain, numbness, or pins and needles in both legs",
                     "Dolor, entumecimiento u hormigueo en las dos piernas" },
  rf06_weak = { "A weak leg, foot or arm: your foot drags or your knee gives way",
                "Una pierna, un pie o un brazo débil: arrastra el pie o le falla la rodilla" },
  rf23_joint = { "A joint that is suddenly hot, swollen and very painful",
                 "Una articulación caliente e hinchada. Empezó de repente y duele mucho" },
  rf22_leg = { "One leg newly swollen, warm or red, or a sore calf",
               "Una pierna hinchada, caliente o roja. O dolor en la pantorrilla" },
  rf12_fever = { "Fever, chills or night sweats, or feeling very unwell",
                 "Fiebre, escalofríos o sudores por la noche, o se encuentra muy mal" },
  rf09_weight = { "Losing weight in the last few months without trying",
                  "Ha perdido peso en los últimos meses sin intentarlo" },
  rf08_cancer = { "Cancer, now or in the past", "Cáncer, ahora o en el pasado" },
  rf19_belly = { "Deep, strong pain in your belly and back at the same time, or a throbbing belly",
                 "Dolor fuerte en barriga y espalda a la vez, o latidos en la barriga" },
  rf16_accident = { "This pain started after a big accident, like a car crash",
                    "El dolor empezó tras un accidente grave, como un choque de coche" },
  rf16_minor = { "This pain started after a smaller fall, like a trip or a slip",
                 "El dolor empezó tras una caída pequeña, como un tropiezo" },
  rf17_bones = { "Weak or thin bones (osteoporosis), or a bone broken in a small fall",
                 "Huesos débiles (osteoporosis). O un hueso roto en una caída leve" },
  rf18_steroids = { "Steroid tablets, like prednisolone, for 3 months or more",
                    "Pastillas de corticoides, como la prednisona, durante 3 meses o más" },
  rf13_drugs = { "Injecting drugs that a doctor or nurse did not give you, ever",
                 "Se ha inyectado drogas no recetadas alguna vez" },
  rf14_immune = { "Harder for your body to fight germs, like with HIV or cancer treatment",
                  "Le cuesta defenderse de los microbios (VIH, tratamiento del cáncer)" },
  rf15_recent = { "A spine operation or injection, or a bad infection, in the last 3 months",
                  "Operación o inyección en la columna, o infección grave, hace poco" },
  rf10_night = { "Pain that is bad at night, even lying still, and nothing helps",
                 "Dolor fuerte por la noche, incluso quieto, y nada le alivia" },
  rf11_new = { "A new kind of back or neck pain for you",
               "Un tipo de dolor de espalda o de cuello nuevo para usted" },
  rf24_inflam = { "Back pain that started before you were 45 and has lasted over 3 months",
                  "Dolor de espalda que empezó antes de los 45 años y dura más de 3 meses" },
  rf25_worse = { "Pain getting worse week by week, even with rest and treatment",
                 "Dolor que va a peor semana a semana, incluso con reposo y tratamiento" },
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
  ["None of these"] = "Ninguna de estas", ["Next"] = "Siguiente",
  ["Not sure about one"] = "Tengo dudas con una",
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
-- answered (or, on a group screen, after its group is answered, or at once when a tick
-- shows the urgent screen), or at the end of the safety questions. 'never' is a list of
-- words that must not appear on any safety question screen. With es true, the visit is in
-- Spanish (chosen on the attract screen); areas and answers are still named in English.
-- A group screen is answered as a patient would: "None of these" when every answer is No;
-- the ticks of the Yes answers, then Next; "in private" when every answer is in private;
-- "Not sure about one" (then each question on its own screen) for anything else, or when
-- 'one_by_one' is true. SAFETY_TAPS counts the taps from the areas question to the last
-- safety answer.
function safety(areas, answers, stop_at, never, es, one_by_one)
  answers = answers or {}
  local function say(w) return es and (ES[w] or error("no Spanish for " .. w)) or w end
  local function press(label)
    SAFETY_TAPS = SAFETY_TAPS + 1
    tap(label)
  end
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
  SAFETY_TAPS = 0
  if areas then
    for _, a in ipairs(areas) do press(say(a)) end
    press(es and "Siguiente" or "Next")
  else
    press(es and "Saltar" or "Skip")
  end
  local given = {}
  local function asked(q)
    local where, parent, cond = q[3], q[4], q[5]
    local yes = applies(where, areas, given)
    if parent then yes = yes and yes_or_unsure(given[parent]) end
    if cond then yes = yes and cond(given) end
    return yes
  end
  local function single(id, words)
    expect_screen "question"
    expect(es and WORDS_ES[id] or words)
    for _, w in ipairs(never or {}) do expect_not(w) end
    given[id] = answers[id] or DEFAULT[id] or "No"
    press(say(given[id]))
    return id == stop_at
  end
  -- One group screen with its questions 'items' (entries of SAFETY); true to stop.
  local function group(g, items)
    expect_screen "group"
    expect(GROUPS[g][es and 2 or 1])
    for _, w in ipairs(never or {}) do expect_not(w) end
    local mixed, privately, here = one_by_one, true, false
    for _, q in ipairs(items) do
      local a = answers[q[1]] or "No"
      mixed = mixed or a == "Not sure"
      privately = privately and a == "I'd rather tell someone in private"
      here = here or q[1] == stop_at
    end
    if privately then
      press(say("I'd rather tell someone in private"))
      for _, q in ipairs(items) do given[q[1]] = "I'd rather tell someone in private" end
      return here
    end
    for _, q in ipairs(items) do
      local a = answers[q[1]] or "No"
      mixed = mixed or (a ~= "Yes" and a ~= "No")
    end
    if mixed then
      press(say("Not sure about one"))
      for _, q in ipairs(items) do
        if single(q[1], q[2]) then return true end
      end
      return false
    end
    local ticked = false
    for _, q in ipairs(items) do
      given[q[1]] = answers[q[1]] or "No"
      if given[q[1]] == "Yes" then
        press(SHORT[q[1]][es and 2 or 1])
        ticked = true
        if on_urgent() then return true end -- an urgent tick: the urgent screen at once
      end
    end
    press(say(ticked and "Next" or "None of these"))
    return here
  end
  local i = 1
  while i <= #SAFETY do
    local q = SAFETY[i]
    if q[6] then
      local g, items = q[6], {}
      while i <= #SAFETY and SAFETY[i][6] == g do
        if asked(SAFETY[i]) then items[#items + 1] = SAFETY[i] end
        i = i + 1
      end
      if #items > 0 and group(g, items) then return end
    else
      if asked(q) and single(q[1], q[2]) then return end
      i = i + 1
    end
  end
  expect(es and "Aquí terminan las preguntas de seguridad." or "That is the end of the safety questions.")
end

-- Is the urgent screen showing (its patient button)?
function on_urgent()
  for _, c in ipairs(controls()) do
    if c == "I have asked for help" or c == "Ya he pedido ayuda" then return true end
  end
  return false
end

-- The same visit in Spanish.
function safety_es(areas, answers, stop_at, never, one_by_one)
  return safety(areas, answers, stop_at, never, true, one_by_one)
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
