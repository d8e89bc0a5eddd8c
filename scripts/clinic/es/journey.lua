-- journey.lua -- el recorrido del paciente en español (tratamiento de "usted").
-- Mismos ids y mismo orden de opciones que ../en/. Ver ../en/journey.lua para el esquema.
-- Contenido clínico: AÚN NO REVISADO. Ver red_flags.lua.

-- El meta del paquete (título, idioma, registro de revisión) está en red_flags.lua, para que
-- quien firme la revisión edite el archivo que revisó.

start "welcome"

scene "welcome" {
  say "Hola. Mientras espera, puedo ayudarle a prepararse para su cita.",
  say "Primero le haré unas preguntas de seguridad. Luego le mostraré unas ideas sobre el dolor. Después le ayudaré a hacer una lista de preguntas para su profesional de salud.",
  say "Se tarda unos 5 a 10 minutos. No se guarda nada de lo que me diga. Puede parar cuando quiera.",
  choice { "Empezar", go = "safety_intro" },
}

scene "my_list" {
  say "Esta es su lista. Puede mostrársela a su profesional de salud, o imprimirla para llevársela.",
  show_list,
  go = "goodbye",
}

-- El mensaje de seguridad (CONTENT.md 1.4). El programa también muestra ui.safety_net en
-- cada lista y pantalla final, y lo imprime en cada hoja (ui.lua).
scene "goodbye" {
  say "Gracias. Esperamos que esto le ayude a sacar el máximo partido a su cita.",
  say "Busque ayuda enseguida si empieza a notar algo de esto:",
  say "La zona entre las piernas o alrededor de las nalgas dormida, y es algo nuevo.",
  say "Problemas nuevos para orinar, o se le escapa la orina o las heces.",
  say "Debilidad nueva en las piernas, que va a peor.",
  say "Dolor, hormigueo o zonas dormidas en las dos piernas.",
  say "Si pasa esto, vaya a urgencias o llame al {emergency}. No espere a su próxima cita.",
  say "No se ha guardado nada de lo que me dijo.",
  go = "@end",
}
