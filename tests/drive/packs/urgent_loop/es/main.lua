-- urgent_loop (es) -- the same test pack in Spanish (same ids, same rules).
meta { title = "Prueba de urgencia", language = "es", language_name = "Español", version = "1" }

start "welcome"

scene "welcome" {
  say "Hola. Este es un paquete de prueba.",
  choice { "Empezar", go = "safety" },
}

local ANSWERS = { "Sí", "No", "Prefiero decirlo en privado" }
local PRIVATE = "Prefiero decirlo en privado"

scene "safety" {
  ask "chest",
  ask "saddle",
  ask "cancer",
  ask "night",
  slip,
  go = "after",
}

question "chest" { text = "¿Tiene ahora dolor u opresión en el pecho?", options = ANSWERS,
                   required = true }
question "saddle" { text = "¿Nota un entumecimiento nuevo alrededor de las nalgas?",
                    options = ANSWERS, required = true }
question "cancer" { text = "¿Ha tenido cáncer alguna vez?", options = ANSWERS, required = true }
question "night" { text = "¿Le duele mucho de noche, incluso quieto?", options = ANSWERS,
                   required = true }

red_flag "rf21" {
  when = answered("chest", "Sí"), level = "urgent",
  patient = "Su respuesta sobre el pecho hay que revisarla ya. Si ya se fue, llame al {emergency}.",
  clinician = "Chest pain now (possible cardiac cause).",
}
red_flag "rf01" {
  when = answered("saddle", "Sí"), level = "urgent",
  patient = "Su respuesta sobre el entumecimiento hay que revisarla ya. También puede llamar al {crisis_line}.",
  clinician = "New saddle numbness (possible cauda equina).",
}
red_flag "private_urgent" {
  when = any(answered("chest", PRIVATE), answered("saddle", PRIVATE)), level = "urgent",
  private = true,
  patient = "Pidió hablar en privado.",
  clinician = "An urgent safety item was answered in private. Offer a private room now.",
}
red_flag "rf08" {
  when = answered("cancer", "Sí"), level = "today",
  patient = "He tenido cáncer.",
  clinician = "History of cancer.",
}
red_flag "rf10" {
  when = answered("night", "Sí"), level = "mention",
  patient = "Me duele mucho de noche.",
  clinician = "Night pain, not eased by rest.",
}
red_flag "combo_cancer_night" {
  when = all(answered("cancer", "Sí"), answered("night", "Sí")), level = "today",
  combines = { "rf10", "rf08" },
  patient = "Dos de mis respuestas juntas hay que revisarlas hoy",
  clinician = "Night pain with a history of cancer: same-day review.",
}

scene "after" {
  say "Gracias. Terminaron las preguntas de seguridad.",
  ask "own",
  show_list,
  go = "@end",
}

question "own" { text = "¿Algo más que deba saber su clínico?", typed = true, max = 200 }

note "own" { when = answered("own"), text = "{answer:own}" }

ui {
  told_staff = "Ya pedí ayuda",
  help_coming = "Gracias. Alguien del mostrador vendrá a verle. Quédese aquí, por favor.",
  urgent_private = "Vaya ahora al mostrador y pida hablar en privado",
  urgent_staff = "Personal: borrar esta pantalla",
  urgent_title = "Vaya ahora al mostrador",
  urgent_body = "Muestre esta pantalla a alguien del personal.",
  next = "Siguiente",
  slip_today = "Muestre esto al personal antes de la cita",
  ["and"] = " y ",
}
