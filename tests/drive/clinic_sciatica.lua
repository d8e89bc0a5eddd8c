-- clinic_sciatica.lua -- RF-20 and RF-21 are worded so that they do not catch nerve pain from
-- the back: the chest question asks about the chest, right now (pain may spread from it to
-- the arm, neck or jaw), and the stroke question asks about one side of the face or body,
-- not "an arm or a leg". A back patient with sciatica (pain and pins and needles down one
-- leg, no chest pain, no stroke signs) goes through every safety question, in English and in
-- Spanish, without the urgent screen and with nothing for the desk today.
include "helpers_clinic.lua"

local SCIATICA = { "My back", "My leg, hip or knee" }
-- Pain from the back down one leg, with pins and needles: what the old wordings caught.
local OLD = { "Or pain that spreads to your arm, jaw, neck or back",
              "numbness or weakness in your face, arm or leg" }
local OLD_ES = { "¿O un dolor que se extiende al brazo, la mandíbula, el cuello o la espalda",
                 "la cara, un brazo o una pierna dormidos o débiles" }

log("sciatica, English: the chest question")
safety(SCIATICA, {}, "age")
expect_screen "question"
expect "Right now, do you have pain, pressure or tightness in your chest?"
expect "It may spread to your arm, neck or jaw."
for _, w in ipairs(OLD) do expect_not(w) end
shot "rf21_en"
tap "No"
log("sciatica, English: the stroke question")
expect "have you had sudden numbness or weakness on one side of your face or body?"
for _, w in ipairs(OLD) do expect_not(w) end
tap "Start over"

log("sciatica, English: the whole safety part")
safety(SCIATICA, { rf10_night = "No", rf24_inflam = "No" }, nil, OLD)
expect_screen "scene"                            -- not the urgent screen
expect_not "Some of your answers need a check today."
assert(not contains(list(), TODAY), "a sciatica patient was flagged for today")
tap "Start over"

log("neck patient: the full stroke list says one side too")
safety({ "My neck" }, {}, "rf21_heart")
expect "Since your neck or head pain started"
expect "Numbness or weakness on one side of your face or body."
expect_not "Numbness or weakness in your face, arm or leg."
tap "Start over"

log("ciática, español: el pecho, ahora mismo")
safety_es(SCIATICA, {}, "age")
expect "Ahora mismo, ¿tiene dolor, presión u opresión en el pecho?"
expect "Puede extenderse al brazo, al cuello o a la mandíbula."
for _, w in ipairs(OLD_ES) do expect_not(w) end
shot "rf21_es"
tap "No"
expect "¿ha notado de repente un lado de la cara o del cuerpo dormido o débil?"
for _, w in ipairs(OLD_ES) do expect_not(w) end
tap "Empezar de nuevo"

log("ciática, español: todas las preguntas de seguridad")
safety_es(SCIATICA, {}, nil, OLD_ES)
expect_screen "scene"
expect_not "Algunas de sus respuestas necesitan una revisión hoy."
assert(not contains(list(), "Dígalo hoy al personal"), "ciática: señalada para hoy")
