-- printout.lua -- the printed list and a handout as a patient takes them home, in English and
-- in Spanish (run with printout.conf, which names the clinic, and --print-to; the test
-- printout_check.sh then reads the PDFs): the clinic's name, the date in words, a summary
-- for the clinician, no version footer, the warning signs that fit the answers as cards,
-- and a handout with the learn screens' pictures.
include "helpers_clinic.lua"

-- From the end of the safety questions to the printed list, with one typed question.
local function to_print(es, question)
  tap(es and "Saltar esta parte" or "Skip this part")
  tap(es and "Ir a mis preguntas" or "Skip to my questions")
  expect_screen "pick"
  tap(es and "Escribir mi propia pregunta" or "Type my own question")
  type(question)
  tap(es and "Añadir a mi lista" or "Add to my list")
  tap(es and "Siguiente" or "Next")
  expect_screen "list"
  tap(es and "Imprimir mi lista" or "Print my list")
  expect_screen "printing"
  return assert(printed(), "nothing printed")
end

-- From the printing screen to a handout printed from the last screen, then the attract screen.
local function handout(es, title, words)
  tap(es and "Siguiente" or "Next")
  tap(es and "Siguiente" or "Next")
  expect_screen "end"
  tap(title)
  expect_screen "printing"
  local p = assert(printed(), "no handout printed")
  assert(p:find(words, 1, true), "handout text missing:\n" .. p)
  assert(p:find("Riverside Physiotherapy", 1, true), "no clinic name on the handout:\n" .. p)
  tap(es and "Siguiente" or "Next")
  tap(es and "Listo" or "Done")
  expect_screen "attract"
end

log("English: a back patient with past cancer and night pain")
safety({ "My back" }, { rf08_cancer = "Yes", rf07_clumsy = "No", rf10_night = "Yes" })
local p = to_print(false, "can i still cycle?")
for _, want in ipairs {
  "Riverside Physiotherapy\nQuestions for my appointment\n",
  "1 thing to check today, 1 question\n",   -- the combination, RF-08 and RF-10 named in it
  "You told us you have had cancer. Get help straight away if any of these start:",
  "New numbness between your legs or around your bottom.",
  "For staff",
} do
  assert(p:find(want, 1, true), "not on the printout: " .. want .. "\n" .. p)
end
assert(not p:find("Getting ready for your appointment", 1, true), "a version footer:\n" .. p)
assert(not p:find("A joint quickly gets hot", 1, true), "limb signs for a back patient:\n" .. p)
handout(false, "Keeping moving", "Start small")

log("Español: rodilla, con cáncer")
safety_es({ "My leg, hip or knee" }, { rf08_cancer = "Yes", rf07_clumsy = "No" })
p = to_print(true, "¿puedo nadar?")
for _, want in ipairs {
  "Riverside Physiotherapy\nPreguntas para mi cita\n",
  "1 cosa que revisar hoy, 1 pregunta\n",
  "Nos ha dicho que ha tenido cáncer.",
  "Una articulación se pone de pronto caliente",
  "Una pantorrilla se hincha y duele",
  "Nota dormida, de forma nueva, la zona entre las piernas",
} do
  assert(p:find(want, 1, true), "no está en la lista impresa: " .. want .. "\n" .. p)
end
assert(not p:find("Prepárese para su cita -", 1, true), "un pie de versión:\n" .. p)
handout(true, "Seguir en movimiento", "Empiece con poco")
