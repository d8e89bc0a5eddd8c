-- clinic_fall.lua -- a 78-year-old with long-standing back pain, which got worse after she
-- slipped at home. The age band is a question of its own, so answering "no" to "a new kind
-- of pain" no longer loses her age; the smaller fall at 65 or older is a "today" item; the
-- screen after the safety questions tells her to tell the desk, and the first screen about
-- pain, and the "not dangerous" one, begin with "Your clinician will check your answers
-- first". In English, then in Spanish.
include "helpers_clinic.lua"

local ANSWERS = { age = "65 or older", rf16_accident = "No", rf16_minor = "Yes", rf11_new = "No" }
local FALL = "My pain started after a small fall, like a trip or a slip."
local FALL_ES = "Mi dolor empezó después de una caída pequeña, como un tropiezo o un resbalón."

-- The 6 key screens about pain: the first says that the clinician checks first, and so does
-- the fourth (M9, "not dangerous"), in its own words (the screen keeps the visit's earlier
-- words); the sixth goes on ('go_on') to the questions about you.
local function learn_first(next_label, go_on, first, m9)
  expect(first)                                  -- the first screen, before "Your pain is real."
  shot "fall_first_learn"
  for i = 1, 6 do
    expect_screen "scene"
    if i == 3 then expect_not(m9) end
    if i == 4 then expect(m9) end
    tap(i < 6 and next_label or go_on)
  end
end

log("fall at 78, English")
safety({ "My back" }, ANSWERS)
expect "Some of your answers need a check today. Please tell the front desk before your appointment."
shot "fall_today_en"
assert(contains(section(TODAY), FALL), "the fall is not under today")
assert(not contains(section(MENTION), FALL), "the fall is also under mention")
assert(not contains(list(), "I am 50 or older"), "RF-11 raised for long-standing pain")
tap "Show me"
expect "Your clinician will check your answers first. Here are some facts about pain while you wait."
expect "Your pain is real."
learn_first("Next", "Go on", "Your clinician will check your answers first.",
      "This is about most people. A clinician will look at your answers today.")
expect "Now some questions about you."
tap "Skip to my questions"
tap "Next"
expect_screen "list"
assert(contains(section(TODAY), FALL), "the fall is not on the list")
tap "Start over"

log("the same slip at 45 is only mentioned, and nothing is checked first")
safety({ "My back" }, { rf16_minor = "Yes" })
expect_not "Some of your answers need a check today."
assert(contains(section(MENTION), FALL), "the fall at 45 is not under mention")
tap "Show me"
expect "Your pain is real."
expect_not "Your clinician will check your answers first."
tap "Start over"

log("caída a los 78, español")
safety_es({ "My back" }, ANSWERS)
expect "Algunas de sus respuestas necesitan una revisión hoy. Dígalo en recepción antes de su cita."
assert(contains(section("Dígalo hoy al personal"), FALL_ES), "la caída no está para hoy")
tap "Mostrar"
expect "Su profesional de salud revisará primero sus respuestas."
expect "Su dolor es real."
learn_first("Siguiente", "Continuar", "Su profesional de salud revisará primero sus respuestas.",
      "Esto vale para la mayoría de las personas. Hoy un profesional de salud verá sus respuestas.")
expect "Ahora, unas preguntas sobre usted."
