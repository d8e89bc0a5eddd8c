-- ui.lua -- las palabras propias del programa en español (botones, títulos, los encabezados de
-- la lista y el mensaje de seguridad que sale en cada lista y pantalla final y en cada hoja
-- impresa). El mensaje dice "el número de emergencias de su zona" a propósito: una clínica que
-- quiera su propio número lo pone en la configuración del quiosco (safety_net).

ui {
  title = "Prepárese para su cita",
  start = "Toque para empezar",
  back = "Atrás",
  start_over = "Empezar de nuevo",
  larger_text = "Letra más grande",
  high_contrast = "Alto contraste",
  language = "Idioma",
  next = "Siguiente",
  skip = "Saltar",
  done = "Listo",
  still_here = "Sigo aquí",
  idle_title = "¿Sigue ahí?",
  idle_body = "Para proteger su privacidad, sus respuestas se borrarán pronto.",
  urgent_title = "Por favor, vaya ahora a recepción",
  urgent_body = "Muéstreles esta pantalla. Si no hay nadie en recepción, llame al número de emergencias de su zona.",
  told_staff = "Ya avisé al personal",
  error_title = "Lo sentimos, algo salió mal",
  error_body = "Por favor, pregunte en recepción. No se ha guardado nada de lo que me dijo.",
  thank_you = "Gracias. Esperamos que su cita vaya bien.",
  print = "Imprimir mi lista",
  printing = "Imprimiendo su lista ...",
  printed = "Su lista está impresa. Por favor, llévesela.",
  print_failed = "Lo sentimos, la impresora no funciona. Muestre esta pantalla a su profesional de salud, o pregunte en recepción.",
  list_questions = "Mis preguntas",
  list_notes = "Lo que quiero que sepa mi profesional de salud",
  list_flags = "Mostrar al personal antes de mi cita",
  list_safety = "Cuándo buscar ayuda enseguida",
  type_own = "Escribir mi propia pregunta",
  remove = "Quitar",
  pick_hint = "Toque una pregunta para añadirla a su lista. Tóquela otra vez para quitarla.",
  safety_net = "Busque ayuda enseguida si empieza a notar algo de esto. La zona entre las piernas o alrededor de las nalgas dormida, y es algo nuevo. Problemas nuevos para orinar, o se le escapa la orina o las heces. Debilidad nueva en las piernas, que va a peor. Dolor, hormigueo o zonas dormidas en las dos piernas. Si pasa esto, vaya a urgencias o llame al número de emergencias de su zona. No espere a su próxima cita.",
}
