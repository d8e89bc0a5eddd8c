-- clinic_safety_net.lua -- the warning signs depend on the answers (safety_net in journey.lua):
-- after cancer, signs of pressure on the spinal cord (and RF-07, hands and walking, is asked
-- after a "yes" to cancer, whatever the area); for pain in a limb, a hot swollen joint and a
-- swollen calf with breathlessness; the cauda equina signs for everyone. Each on the list, on
-- the printout and on the last screen, in English and in Spanish, with the Spanish urgent
-- words "Hay que revisar esto ya".
include "helpers_clinic.lua"

local CANCER = "You told us you have had cancer. Get help straight away if any of these start:"
local CANCER_SIGN = "Back or neck pain that is new, very bad, or keeps getting worse."
local JOINT = "A joint quickly gets hot, swollen and very sore, with or without a fever."
local CALF = "One calf becomes swollen and sore, and then you get short of breath or chest pain."
local CES = "New numbness between your legs or around your bottom."
local CANCER_ES = "Nos ha dicho que ha tenido cáncer."
local CANCER_SIGN_ES = "Dolor de espalda o de cuello nuevo, muy fuerte, o que va cada vez a peor."
local JOINT_ES = "Una articulación se pone de pronto caliente, hinchada y muy dolorosa."
local CALF_ES = "Una pantorrilla se hincha y duele, y después le falta el aire"
local CES_ES = "Nota dormida, de forma nueva, la zona entre las piernas o alrededor de las nalgas."

-- Does 'text' hold each of 'want' and none of 'not'? Fails naming 'where'.
local function holds(where, text, want, never)
  for _, w in ipairs(want) do
    assert(contains(text, w), where .. ": missing '" .. w .. "'\n" .. text)
  end
  for _, w in ipairs(never) do
    assert(not contains(text, w), where .. ": should not have '" .. w .. "'\n" .. text)
  end
end

-- From the end of the safety questions: every part skipped, the list checked, printed and
-- its printout checked, then the goodbye screen and the last screen checked too.
local function to_end(es, want, never)
  tap(es and "Saltar esta parte" or "Skip this part")
  tap(es and "Ir a mis preguntas" or "Skip to my questions")
  tap(es and "Siguiente" or "Next")              -- no questions picked
  expect_screen "list"
  assert(contains(section(es and "Cuándo buscar ayuda enseguida" or "When to get help straight away"),
                  es and CES_ES or CES), "no cauda equina signs on the list")
  holds("the list", list(), want, never)
  tap(es and "Imprimir mi lista" or "Print my list")
  expect_screen "printing"
  local p = assert(printed(), "nothing printed")
  holds("the printout", p, want, never)
  assert(contains(p, es and CES_ES or CES), "no cauda equina signs on the printout")
  tap(es and "Siguiente" or "Next")
  expect_screen "scene"
  expect(es and "No se ha guardado nada de lo que me ha dicho." or "Nothing you told me has been saved.")
  tap(es and "Siguiente" or "Next")
  expect_screen "end"
  expect(es and CES_ES or CES)
  for _, w in ipairs(want) do expect(w) end
  for _, w in ipairs(never) do expect_not(w) end
  tap(es and "Listo" or "Done")
  expect_screen "attract"
end

log("back, no cancer: the cauda equina signs only")
safety({ "My back" }, {})
to_end(false, {}, { CANCER, CANCER_SIGN, JOINT, CALF })

log("back, past cancer: RF-07 asked, the cancer signs, no limb signs")
safety({ "My back" }, { rf08_cancer = "Yes", rf07_clumsy = "No" })  -- fails if RF-07 is not asked
assert(contains(section(TODAY), "I have had cancer."), "RF-08 not under today")
to_end(false, { CANCER, CANCER_SIGN, "New numbness or weakness, or new trouble walking." },
       { JOINT, CALF })

log("knee, past cancer: both cards")
safety({ "My leg, hip or knee" }, { rf08_cancer = "Not sure", rf07_clumsy = "No" })
to_end(false, { CANCER, CANCER_SIGN, JOINT, CALF }, {})

log("knee: the limb signs only")
safety({ "My leg, hip or knee" }, {})
to_end(false, { JOINT, CALF, "Get help straight away if any of these start:" }, { CANCER })

log("shoulder: the limb signs only")
safety({ "My arm or shoulder" }, {})
to_end(false, { JOINT, CALF }, { CANCER })

log("espalda, sin cáncer: solo la cola de caballo")
safety_es({ "My back" }, {})
to_end(true, { "las heces (caca)" }, { CANCER_ES, CANCER_SIGN_ES, JOINT_ES, CALF_ES })

log("espalda, con cáncer: las señales del cáncer")
safety_es({ "My back" }, { rf08_cancer = "Yes", rf07_clumsy = "No" })
assert(contains(section("Dígalo hoy al personal"), "He tenido cáncer."), "RF-08 no está para hoy")
to_end(true, { CANCER_ES, CANCER_SIGN_ES }, { JOINT_ES, CALF_ES })

log("rodilla, con cáncer: las dos tarjetas")
safety_es({ "My leg, hip or knee" }, { rf08_cancer = "Yes", rf07_clumsy = "No" })
to_end(true, { CANCER_ES, CANCER_SIGN_ES, JOINT_ES, "Con fiebre o sin ella.", CALF_ES }, {})

log("rodilla, sin cáncer: la articulación y la pantorrilla")
safety_es({ "My leg, hip or knee" }, {})
to_end(true, { JOINT_ES, CALF_ES, "Entonces vaya a urgencias o llame al" }, { CANCER_ES })

log("cáncer y torpeza: urgente, 'Hay que revisar esto ya'")
safety_es({ "My leg, hip or knee" }, { rf08_cancer = "Yes", rf07_clumsy = "Yes" }, "rf07_clumsy")
expect_screen "urgent"
expect "Nos ha dicho que ha tenido cáncer, y algo más."
expect "Hay que revisar esto ya."
