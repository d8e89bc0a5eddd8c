-- clinic_learn.lua -- the screens about pain: M5 and M6 say "This does not mean it is in
-- your head or your fault"; M7-M9 (scans, scans not always needed, not dangerous) come in
-- a version for the back, the neck, the knee or hip, the shoulder and other places, the
-- first area chosen in that order; M9 says "for most people". In English and in Spanish.
-- The order (learn.lua): the 6 key ideas M1, M4, M7, M9, M10, M12, whose last screen offers
-- "Tell me more": M2, M3, M5, M6, M8, M11, M13, M14, M15. Every screen is walked here.
local M4, M7, M9, M12, M5, M6, M8 = 2, 3, 4, 6, 9, 10, 11
include "helpers_clinic.lua"

-- area(s) chosen, words of the version's M7, M8 and M9 screens, words of other versions
local CASES = {
  { { "My back" }, "At age 20, about 3 in 10 have a disc bulge on a scan.",
    "For most back pain, a scan does not change the treatment.",
    "For most people, back pain is not dangerous, and most bouts get better." },
  { nil, "At age 20, about 3 in 10 have a disc bulge on a scan.",
    "For most back pain, a scan does not change the treatment.",
    "For most people, back pain is not dangerous" },
  { { "My neck" }, "Many people with no neck pain have disc bulges or other changes",
    "For most neck pain, a scan does not change the treatment.",
    "For most people, neck pain is not dangerous, and most bouts get better." },
  { { "My neck", "My leg, hip or knee" }, "Many people with no neck pain",
    "For most neck pain", "For most people, neck pain is not dangerous" },
  { { "My leg, hip or knee" }, "Many people with no knee or hip pain have small tears",
    "Your clinician can learn a lot by talking with you and examining you.",
    "For most people, pain in a knee, hip or shoulder is not dangerous." },
  { { "My arm or shoulder" }, "Many people with no shoulder pain have changes, or even a tear",
    "For most joint pain, a scan does not change the first treatment.",
    "For most people, pain in a knee, hip or shoulder is not dangerous." },
  { { "Somewhere else" }, "Many people with no pain have changes on a scan",
    "Your clinician can learn a lot", "It often gets better." },
}
local ALL_M7 = { "disc bulge on a scan", "no neck pain", "no knee or hip pain", "no shoulder pain",
                 "Many people with no pain" }
local NOT_YOUR_FAULT = "This does not mean it is in your head or your fault."

for _, c in ipairs(CASES) do
  log("learn: " .. (c[1] and table.concat(c[1], ", ") or "area skipped"))
  safety(c[1], {})
  tap "Show me"
  for i = 1, 15 do
    expect_screen "scene"
    if i == M4 then expect_not(NOT_YOUR_FAULT) end
    if i == M5 or i == M6 then expect(NOT_YOUR_FAULT) end
    if i == M7 then
      expect(c[2])
      for _, w in ipairs(ALL_M7) do
        if not contains(c[2], w) then expect_not(w) end
      end
    end
    if i == M8 then expect(c[3]) end
    if i == M9 then
      expect(c[4])
      expect "a lot can help."
      expect_not "Most back pain is not dangerous"   -- never without "for most people"
    end
    tap(i == M12 and "Tell me more (9 short screens)" or "Next")
  end
  expect "Now some questions about you."
  tap "Start over"
end

log("aprender: rodilla, en español")
safety_es({ "My leg, hip or knee" }, {})
tap "Mostrar"
for i = 1, 15 do
  expect_screen "scene"
  if i == M4 then expect "Su sistema nervioso funciona como una alarma." end
  if i == M5 or i == M6 then
    expect "Esto no quiere decir que el dolor esté en su cabeza, ni que sea culpa suya."
  end
  if i == M7 then
    expect "Muchas personas sin dolor de rodilla o de cadera tienen pequeñas roturas"
    expect "La mayoría son cambios normales de la edad"
    expect "rara vez explica su dolor por sí solo."
    expect_not "casi nunca"
    expect_not "disco abultado"
  end
  if i == M8 then expect "Su profesional de salud sabrá mucho al hablar con usted y explorarle." end
  if i == M9 then
    expect "Para la mayoría de las personas, el dolor de rodilla, cadera u hombro no es peligroso."
    expect_not "casi todos"
  end
  tap(i == M12 and "Quiero saber más (9 pantallas cortas)" or "Siguiente")
end
tap "Empezar de nuevo"

log("aprender: espalda, en español")
safety_es({ "My back" }, {})
tap "Mostrar"
for i = 1, 6 do
  if i == M7 then expect "A los 20 años, unas 3 de cada 10 tienen un disco abultado en la prueba." end
  if i == M9 then
    expect "Para la mayoría de las personas, el dolor de espalda no es peligroso, y la mayoría de las crisis mejoran."
  end
  if i < 6 then tap "Siguiente" end
end
tap "Continuar"                                  -- the short way: straight on after the 6
expect "Ahora, unas preguntas sobre usted."
