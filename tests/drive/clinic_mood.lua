-- clinic_mood.lua -- the mood question is the last of the safety questions, so no "skip this
-- part" passes it; it leads to RF-26: "a little" or "a lot" asks about thoughts of self-harm;
-- "yes", "not sure" and "in private" then ask about now. Past thoughts go on the list for
-- today; current thoughts are urgent (clinic_urgent.lua); "not at all" and skipping do not ask.
include "helpers_clinic.lua"

local KNEE = { "My leg, hip or knee" }
local PRIVATE = "I'd rather tell someone in private"

log("mood: asked before the end of the safety questions")
safety({ "My back" }, {}, "rf25_worse")          -- the last red flag asked of the back
expect_screen "question"
expect "has pain left you feeling low"
tap "Start over"
safety(KNEE, {}, "rf15_recent")                  -- the last red flag asked of the knee
expect "has pain left you feeling low"
expect_not "That is the end of the safety questions."
tap "Start over"

log("mood: a little, past thoughts")
safety(KNEE, { mood = "A little", rf26_thoughts = "Yes", rf26_now = "No" })
assert(contains(section(TODAY), "I would like to talk to someone about how I have been feeling."),
       "RF-26 past: not under today")
assert(contains(section("Things I'd like my clinician to know"), "Pain has left me feeling a little low lately."),
       "mood note missing")
expect "Some of your answers need a check today."
-- Skipping "about you" afterwards keeps the RF-26 line.
tap "Skip this part"
expect "Now some questions about you."
tap "Skip to my questions"
assert(contains(section(TODAY), "how I have been feeling"), "RF-26 lost after skipping")
tap "Start over"

log("mood: a lot, no thoughts")
safety(KNEE, { mood = "A lot", rf26_thoughts = "No" })
assert(not contains(list(), "how I have been feeling"), "RF-26 raised after No")
assert(contains(list(), "Pain has left me feeling very low lately."), "mood note missing")
expect_not "Some of your answers need a check today."
tap "Start over"

log("mood: not sure about thoughts asks the follow-up")
safety(KNEE, { mood = "A lot", rf26_thoughts = "Not sure" }, "rf26_thoughts")
expect "Are you having these thoughts now?"
tap "No"
expect "That is the end of the safety questions."
assert(contains(section(TODAY), "how I have been feeling"), "RF-26 not sure: not under today")
tap "Start over"

log("mood: in private on the thoughts still asks about now")
safety(KNEE, { mood = "A little", rf26_thoughts = PRIVATE }, "rf26_thoughts")
expect_screen "question"
expect "Are you having these thoughts now?"
tap "No"
expect "That is the end of the safety questions."
assert(contains(section(TODAY), "I would like to talk to someone in private."), "no private line")
assert(not contains(section(TODAY) .. section(MENTION), "feeling"), "the list names the topic")
tap "Start over"

log("mood: not at all does not ask")
safety(KNEE, { mood = "Not at all" }, "mood")
expect "That is the end of the safety questions."
expect_not "thoughts of hurting yourself"
tap "Start over"

log("mood: skipped does not ask")
safety(KNEE, {}, "rf15_recent")
expect "has pain left you feeling low"
tap "Skip"
expect "That is the end of the safety questions."
expect_not "thoughts of hurting yourself"
tap "Start over"

log("ánimo, español: al final de las preguntas de seguridad; 'en privado' pregunta por ahora")
safety_es(KNEE, { mood = "A little", rf26_thoughts = PRIVATE }, "rf26_thoughts")
expect_screen "question"
expect "¿Tiene esos pensamientos ahora?"
tap "No"
expect "Aquí terminan las preguntas de seguridad."
expect "Algunas de sus respuestas necesitan una revisión hoy."
assert(contains(section("Dígalo hoy al personal"), "Me gustaría hablar con alguien en privado."),
       "en privado: no está para hoy")
tap "Empezar de nuevo"

log("ánimo, español: pensamientos pasados")
safety_es(KNEE, { mood = "A lot", rf26_thoughts = "Yes", rf26_now = "No" })
assert(contains(section("Dígalo hoy al personal"), "Me gustaría hablar con alguien sobre cómo me he sentido."),
       "RF-26 pasado: no está para hoy")
