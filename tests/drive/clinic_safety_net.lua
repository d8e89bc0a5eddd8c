-- clinic_safety_net.lua -- the warning signs at the end depend on the answers: after cancer,
-- signs of pressure on the spinal cord (and RF-07, hands and walking, is asked after a "yes"
-- to cancer, whatever the area); for pain in a limb, a hot swollen joint and a swollen calf
-- with breathlessness; the cauda equina signs for everyone, on the list and on the last
-- screen. In English and in Spanish, with the Spanish urgent words "Hay que revisar esto ya".
include "helpers_clinic.lua"

local CANCER = "You told us you have had cancer. Get help straight away if any of these start:"
local JOINT = "A joint quickly gets hot, swollen and very sore, with or without a fever."
local CALF = "One calf becomes swollen and sore, and then you get short of breath or chest pain."
local CES = "New numbness between your legs or around your bottom."
local CANCER_ES = "Nos ha dicho que ha tenido cáncer."
local JOINT_ES = "Una articulación se pone de pronto caliente, hinchada y muy dolorosa."
local CALF_ES = "Una pantorrilla se hincha y duele, y después le falta el aire"
local CES_ES = "Nota dormida, de forma nueva, la zona entre las piernas o alrededor de las nalgas."

-- From the end of the safety questions to the first goodbye screen (every part skipped).
local function to_goodbye(es)
  tap(es and "Saltar esta parte" or "Skip this part")
  tap(es and "Ir a mis preguntas" or "Skip to my questions")
  tap(es and "Siguiente" or "Next")              -- no questions picked
  expect_screen "list"
  assert(contains(section(es and "Cuándo buscar ayuda enseguida" or "When to get help straight away"),
                  es and CES_ES or CES), "no cauda equina signs on the list")
  tap(es and "Siguiente" or "Next")
  expect_screen "scene"
end

log("back, no cancer: no extra signs, then the cauda equina signs")
safety({ "My back" }, {})
to_goodbye()
expect "Nothing you told me has been saved."
expect_not "You told us you have had cancer."
expect_not "A joint quickly gets hot"
expect_not "One calf"
tap "Next"
expect_screen "end"
expect(CES)
tap "Done"

log("back, past cancer: RF-07 asked, the cancer signs, no limb signs")
safety({ "My back" }, { rf08_cancer = "Yes", rf07_clumsy = "No" })  -- fails if RF-07 is not asked
assert(contains(section(TODAY), "I have had cancer."), "RF-08 not under today")
to_goodbye()
expect(CANCER)
expect "Back or neck pain that is new, very bad, or keeps getting worse."
expect "New numbness or weakness, or new trouble walking."
expect_not "A joint quickly gets hot"
shot "goodbye_cancer_en"
tap "Next"
expect "Nothing you told me has been saved."
tap "Next"
expect_screen "end"
expect(CES)
tap "Done"

log("knee, past cancer: both screens of signs")
safety({ "My leg, hip or knee" }, { rf08_cancer = "Not sure", rf07_clumsy = "No" })
to_goodbye()
expect(CANCER)
tap "Next"
expect(JOINT)
expect(CALF)
tap "Next"
expect "Nothing you told me has been saved."
tap "Next"
expect_screen "end"
expect(CES)
tap "Done"

log("shoulder: the limb signs only")
safety({ "My arm or shoulder" }, {})
to_goodbye()
expect(JOINT)
expect(CALF)
expect_not "You told us you have had cancer."
tap "Next"
tap "Next"
expect_screen "end"
tap "Done"

log("espalda, sin cáncer: solo la cola de caballo, al final")
safety_es({ "My back" }, {})
to_goodbye(true)
expect "No se ha guardado nada de lo que me ha dicho."
expect_not(CANCER_ES)
expect_not(JOINT_ES)
tap "Siguiente"
expect_screen "end"
expect(CES_ES)
expect "las heces (caca)"
tap "Listo"

log("rodilla, con cáncer: las dos pantallas de señales")
safety_es({ "My leg, hip or knee" }, { rf08_cancer = "Yes", rf07_clumsy = "No" })
assert(contains(section("Dígalo hoy al personal"), "He tenido cáncer."), "RF-08 no está para hoy")
to_goodbye(true)
expect(CANCER_ES)
expect "Dolor de espalda o de cuello nuevo, muy fuerte, o que va cada vez a peor."
shot "goodbye_cancer_es"
tap "Siguiente"
expect(JOINT_ES)
expect "Con fiebre o sin ella."
expect(CALF_ES)
tap "Siguiente"
tap "Siguiente"
expect_screen "end"
expect(CES_ES)
tap "Listo"

log("cáncer y torpeza: urgente, 'Hay que revisar esto ya'")
safety_es({ "My leg, hip or knee" }, { rf08_cancer = "Yes", rf07_clumsy = "Yes" }, "rf07_clumsy")
expect_screen "urgent"
expect "Nos ha dicho que ha tenido cáncer, y algo más."
expect "Hay que revisar esto ya."
