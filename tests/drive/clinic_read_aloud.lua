-- Read aloud in the clinic pack, on the speakers: the English voice, then the Spanish voice
-- after a language switch; a private safety question (RF-01) and its urgent screen are not
-- read aloud, the notice is (in the patient's language), the choices are.
include "helpers_clinic.lua"

local function heard_speech(lang)
  wait(3)
  local h = heard()
  assert(h.peak > 3000 and h.rms > 300, "no speech heard")
  assert(h.voice:find(lang, 1, true), "the voice is " .. h.voice .. ", not " .. lang)
end

tap "Read aloud"
heard_speech "en"
safety({ "My back" }, {}, "rf20_stroke")     -- read aloud carries into the visit

-- The group of cauda equina signs (all private): its words and ticks are not read on the
-- speakers, the notice is, and the buttons are.
expect "Do you have any of these? Tap each one you have."
local words = said()
assert(contains(words, "This question is on the screen."), "no notice: " .. words)
assert(not contains(words, "bottom") and not contains(words, "peeing"),
       "a private tick was read on the speakers: " .. words)
assert(contains(words, "1.") and contains(words, "5: None of these."), "ticks not read: " .. words)
assert(contains(words, "7: I'd rather tell someone in private."), "choices not read")
heard_speech "en"

tap "Español"                                 -- the same group in Spanish
expect "¿Tiene alguna de estas cosas?"
words = said()
assert(contains(words, "Esta pregunta está en la pantalla."), "no Spanish notice: " .. words)
assert(not contains(words, "nalgas"), "a private tick was read on the speakers")
assert(contains(words, "5: Ninguna de estas."), "buttons not read: " .. words)
heard_speech "es"

tap "Tengo dudas con una"                     -- one by one: RF-01 on its own screen
expect "asiento de una bici"
words = said()
assert(contains(words, "Esta pregunta está en la pantalla."), "no Spanish notice: " .. words)
assert(not contains(words, "bici"), "a private question was read on the speakers")
assert(contains(words, "1: Sí."))
heard_speech "es"

tap "Sí"
expect_screen "urgent"
words = said()
assert(contains(words, "Por favor, vaya ahora a recepción"), "urgent screen not read")
assert(not contains(words, "zona dormida"), "a private flag was read on the speakers")
heard_speech "es"
-- The patient's button (the pack's ui.told_staff) leaves the screen up; the desk code clears it.
local asked
for _, c in ipairs(controls()) do
  if c == "Ya avisé al personal" or c == "Ya pedí ayuda" or c == "He pedido ayuda"
     or c == "Ya he pedido ayuda" then asked = c end
end
tap(assert(asked, "no patient button on the urgent screen"))
expect_screen "urgent"
hold "top-left"
for d in ("1357"):gmatch("%d") do tap(d) end
expect_screen "attract"
