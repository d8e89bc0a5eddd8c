-- about_you.lua -- lo que el profesional debe saber (CONTENT.md sección 4): sueño, estrés,
-- ánimo, preocupaciones, miedo a moverse, protección, lo que le dijeron de las pruebas,
-- objetivos, lesiones previas ... Todas las preguntas son opcionales y sin puntuación, con
-- nuestras palabras (ningún ítem de cuestionarios). Una respuesta que importa se convierte en
-- una línea bajo "Lo que quiero que sepa mi profesional de salud". La pregunta del ánimo lleva
-- a RF-26 (red_flags.lua). Las notas salen en el orden escrito aquí: primero los objetivos.
-- Mismos ids y mismo orden de opciones que ../en/about_you.lua. Contenido clínico: AÚN NO REVISADO.

scene "about_intro" {
  say "Ahora, unas preguntas sobre usted. Ayudan a su profesional de salud a entender su dolor.",
  say "Todas las preguntas son opcionales. No hay respuestas buenas ni malas, y no hay puntuación.",
  say "Algunas respuestas se convierten en notas en su lista. Verá la lista antes de imprimirla.",
  choice { "Empezar", go = "about_you" },
  choice { "Ir a mis preguntas", go = "my_questions" },
}

-- ---- las preguntas ---------------------------------------------------------------------------

question "goals" {
  text = "¿Qué le gustaría más volver a hacer? Elija hasta 3.",
  options = { "Caminar más", "Dormir mejor", "Trabajar", "Deporte o ejercicio", "Tareas de casa o jardín",
              "Jugar con niños o nietos", "Conducir", "Otra cosa" },
  multiple = true,
}
question "goals_own" { text = "¿Qué le gustaría volver a hacer? Escriba unas palabras.", typed = true, max = 200 }

question "sleep" {
  text = "¿Cómo ha dormido en las últimas 2 semanas?",
  options = { "Bien", "Regular", "Mal", "Muy mal" },
}
question "sleep_wake" { text = "¿El dolor le despierta por la noche?", options = { "Sí", "No" } }

question "stress" {
  text = "¿Cuánto estrés ha sentido últimamente?",
  scale = { 0, 10 }, low = "Nada", high = "Muchísimo",
}
question "stress_from" {
  text = "¿Qué aumenta su estrés? Puede elegir varias.",
  options = { "El trabajo", "El dinero", "La familia", "La salud", "Otra cosa" },
  multiple = true,
}

question "mood" {
  text = "Últimamente, ¿el dolor le ha bajado el ánimo, o le cuesta disfrutar de las cosas?",
  options = { "Nada", "Un poco", "Mucho" },
}

question "worries" {
  text = "¿Qué es lo que más le preocupa de su dolor? Puede elegir varias.",
  options = { "Que algo esté muy dañado", "Que nunca mejore", "Que me tengan que operar",
              "Perder mi trabajo", "Otra cosa" },
  multiple = true,
}
question "worries_own" { text = "¿Qué otra cosa le preocupa? Escriba unas palabras.", typed = true, max = 200 }

question "avoid" {
  text = "¿Ahora evita algunas cosas porque le preocupa que le duelan o le hagan daño?",
  options = { "Sí", "No" },
}
question "avoid_what" {
  text = "¿Cuáles? Puede elegir varias.",
  options = { "Agacharme", "Levantar peso", "Caminar", "Hacer deporte", "Tareas de casa", "Sexo", "Conducir", "Otra cosa" },
  multiple = true,
}

question "guarding" {
  text = "Para proteger la zona que le duele, ¿hace algo de esto? Puede elegir varias.",
  options = { "Pongo el cuerpo tenso", "Aguanto la respiración", "Me muevo con rigidez", "Uso una faja o soporte",
              "Uso un bastón", "Nada de esto" },
  multiple = true,
}

question "cause_belief" { text = "¿Qué cree que le causa el dolor? Escriba unas palabras.", typed = true, max = 200 }

question "scan_worry" {
  text = "¿Le preocupó algo que le dijeron sobre una prueba o una placa?",
  options = { "Sí", "No", "No me han hecho ninguna" },
}
question "scan_words" { text = "¿Qué le dijeron? Escriba unas palabras.", typed = true, max = 200 }

question "expect" {
  text = "¿Cuánta confianza tiene en que su dolor puede mejorar?",
  scale = { 0, 10 }, low = "Ninguna", high = "Total",
}

question "past" {
  text = "¿Ha tenido otras lesiones u operaciones antes? ¿O un dolor que duró mucho tiempo?",
  options = { "Sí", "No" },
}
question "past_words" { text = "¿Cómo fueron? Escriba unas palabras.", typed = true, max = 200 }

question "tried" {
  text = "¿Qué ha probado hasta ahora para este dolor? Puede elegir varias.",
  options = { "Descanso", "Ejercicio", "Medicinas para el dolor", "Calor o frío", "Masaje o terapia manual",
              "Inyecciones", "Una operación", "Otra cosa" },
  multiple = true,
}
question "tried_helped" { text = "¿Qué le ayudó, y qué no? Escriba unas palabras.", typed = true, max = 200 }

question "boom_bust" {
  text = "En los días buenos, ¿hace mucho y luego lo paga?",
  options = { "A menudo", "A veces", "Casi nunca" },
}

question "roles" {
  text = "¿El dolor le hace más difícil algo de esto? Puede elegir varias.",
  options = { "Trabajar", "Estudiar", "Cuidar de otros", "Tareas de casa", "Nada de esto" },
  multiple = true,
}
question "off_work" {
  text = "¿Está sin trabajar ahora por su dolor?",
  options = { "Sí", "No", "No trabajo" },
}

question "people" {
  text = "¿Quién le ayuda en casa? ¿Cómo reaccionan a su dolor las personas que le rodean? Escriba unas palabras.",
  typed = true, max = 200,
}
question "medicines" {
  text = "¿Qué toma para el dolor? ¿Le preocupa algo de eso? Escriba unas palabras.",
  typed = true, max = 200,
}
question "conditions" {
  text = "¿Tiene otros problemas de salud que debamos conocer? Escriba unas palabras.",
  typed = true, max = 200,
}

question "life_events" {
  text = "¿Le han pasado hace poco cosas duras o importantes que le afectan? Puede saltar esta pregunta.",
  options = { "Sí", "No", "Prefiero hablarlo en privado" },
}

-- ---- el orden -------------------------------------------------------------------------------

scene "about_you" {
  ask "goals",
  ask "goals_own" { when = answered("goals", "Otra cosa") },
  ask "sleep",
  ask "sleep_wake",
  ask "stress",
  ask "stress_from" { when = at_least("stress", 3) },
  ask "mood",
  ask "rf26_thoughts" { when = answered("mood", "Un poco", "Mucho") },
  ask "rf26_now" { when = answered("rf26_thoughts", "Sí", "No lo sé") },
  ask "worries",
  ask "worries_own" { when = answered("worries", "Otra cosa") },
  ask "avoid",
  ask "avoid_what" { when = answered("avoid", "Sí") },
  ask "guarding",
  ask "cause_belief",
  ask "scan_worry",
  ask "scan_words" { when = answered("scan_worry", "Sí") },
  ask "expect",
  go = "about_more",
}

scene "about_more" {
  say "Gracias. Quedan unas pocas preguntas más, sobre su salud, su día a día y lo que ha probado.",
  choice { "Responderlas", go = "about_more_questions" },
  choice { "Ir a mis preguntas", go = "my_questions" },
}

scene "about_more_questions" {
  ask "past",
  ask "past_words" { when = answered("past", "Sí") },
  ask "tried",
  ask "tried_helped" { when = answered("tried") },
  ask "boom_bust",
  ask "roles",
  ask "off_work",
  ask "people",
  ask "medicines",
  ask "conditions",
  ask "life_events",
  go = "my_questions",
}

-- ---- notas: lo que sale bajo "Lo que quiero que sepa mi profesional de salud" -----------------

note "goals" { when = answered("goals"), text = "Lo que más me gustaría volver a hacer: {answer:goals}." }
note "goals_own" { when = answered("goals_own"), text = "Mi objetivo, con mis palabras: {answer:goals_own}" }

note "sleep_poor" { when = answered("sleep", "Mal"), text = "He dormido mal en las últimas 2 semanas." }
note "sleep_very_poor" { when = answered("sleep", "Muy mal"), text = "He dormido muy mal en las últimas 2 semanas." }
note "sleep_wake" { when = answered("sleep_wake", "Sí"), text = "El dolor me despierta por la noche." }

note "stress" { when = at_least("stress", 5), text = "Cuánto estrés he sentido últimamente: {answer:stress} de 10." }
note "stress_from" {
  when = answered("stress_from"), text = "Lo que aumenta mi estrés: {answer:stress_from}.",
}

note "mood_little" { when = answered("mood", "Un poco"), text = "Últimamente el dolor me ha bajado un poco el ánimo." }
note "mood_lot" { when = answered("mood", "Mucho"), text = "Últimamente el dolor me ha bajado mucho el ánimo." }

note "worry_damage" {
  when = answered("worries", "Que algo esté muy dañado"),
  text = "Me preocupa que algo esté muy dañado.",
}
note "worry_never" {
  when = answered("worries", "Que nunca mejore"),
  text = "Me preocupa que mi dolor nunca mejore.",
}
note "worry_operation" {
  when = answered("worries", "Que me tengan que operar"),
  text = "Me preocupa que me tengan que operar.",
}
note "worry_job" { when = answered("worries", "Perder mi trabajo"), text = "Me preocupa perder mi trabajo." }
note "worries_own" { when = answered("worries_own"), text = "Otra preocupación: {answer:worries_own}" }

note "avoid" {
  when = answered("avoid", "Sí"),
  text = "Evito algunas cosas porque me preocupa que me duelan o me hagan daño.",
}
note "avoid_what" { when = answered("avoid_what"), text = "Lo que evito: {answer:avoid_what}." }

note "guarding" {
  when = answered("guarding", "Pongo el cuerpo tenso", "Aguanto la respiración", "Me muevo con rigidez", "Uso una faja o soporte",
                  "Uso un bastón"),
  text = "Lo que hago para proteger la zona que me duele: {answer:guarding}.",
}

note "cause_belief" { when = answered("cause_belief"), text = "Lo que creo que causa mi dolor: {answer:cause_belief}" }

note "scan_worry" {
  when = answered("scan_worry", "Sí"),
  text = "Me preocupó algo que me dijeron sobre una prueba o una placa.",
}
note "scan_words" { when = answered("scan_words"), text = "Lo que me dijeron: {answer:scan_words}" }

note "expect" {
  when = at_most("expect", 5),
  text = "Cuánta confianza tengo en que mi dolor puede mejorar: {answer:expect} de 10.",
}

note "past" {
  when = answered("past", "Sí"),
  text = "He tenido otras lesiones u operaciones. O he tenido un dolor que duró mucho tiempo.",
}
note "past_words" { when = answered("past_words"), text = "Cómo fueron: {answer:past_words}" }

note "tried" { when = answered("tried"), text = "Lo que he probado hasta ahora: {answer:tried}." }
note "tried_helped" { when = answered("tried_helped"), text = "Lo que me ayudó, y lo que no: {answer:tried_helped}" }

note "boom_bust_often" {
  when = answered("boom_bust", "A menudo"),
  text = "En los días buenos, a menudo hago mucho y luego lo pago.",
}
note "boom_bust_sometimes" {
  when = answered("boom_bust", "A veces"),
  text = "En los días buenos, a veces hago mucho y luego lo pago.",
}

note "roles" {
  when = answered("roles", "Trabajar", "Estudiar", "Cuidar de otros", "Tareas de casa"),
  text = "El dolor me hace más difícil: {answer:roles}.",
}
note "off_work" { when = answered("off_work", "Sí"), text = "Ahora estoy sin trabajar por mi dolor." }

note "people" { when = answered("people"), text = "Las personas que me rodean: {answer:people}" }
note "medicines" { when = answered("medicines"), text = "Lo que tomo para el dolor: {answer:medicines}" }
note "conditions" { when = answered("conditions"), text = "Mis otros problemas de salud: {answer:conditions}" }

note "life_events" {
  when = answered("life_events", "Sí"),
  text = "Me han pasado cosas duras o importantes hace poco, y me afectan.",
}
note "life_events_private" {
  when = answered("life_events", "Prefiero hablarlo en privado"),
  text = "Hay algo de lo que me gustaría hablar en privado.",
}
