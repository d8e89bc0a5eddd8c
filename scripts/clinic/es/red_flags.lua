-- red_flags.lua -- preguntas de seguridad (señales de alarma RF-01 ... RF-26) y sus reglas.
--
-- PARA EL RESPONSABLE CLÍNICO: este archivo es todo el módulo de señales de alarma del paquete
-- en español: las preguntas, a quién se hacen y cada regla. Los niveles siguen CONTENT.md 1.2-1.3
-- (una propuesta, a favor de la seguridad; SIN APROBACIÓN CLÍNICA):
--   level = "urgent"  T1  detiene la sesión al momento: "Por favor, vaya ahora a recepción"
--   level = "today"   T2  en la lista, bajo "mostrar al personal antes de mi cita"
--   level = "mention" T3  en la lista, para que lo valore el profesional
-- Respuestas a cada pregunta de seguridad: Sí / No / No lo sé / Prefiero decirlo en privado.
--   "No lo sé" cuenta como "Sí" (así que en una pregunta urgente es urgente).
--   "En privado" activa una señal "today" que nunca nombra el tema (señal "private").
-- Una pregunta de seguimiento ("si es que sí ...") se hace si la primera respuesta fue Sí o No lo sé.
-- RF-26 (ideas de hacerse daño) se pregunta desde la pregunta del ánimo, en about_you.lua.
-- Este archivo es la traducción de ../en/red_flags.lua: mismos ids, mismo orden de opciones y
-- mismas reglas. Firme la revisión de abajo cuando una clínica haya aprobado los dos.

meta {
  title = "Prepárese para su cita",
  language = "es",
  language_name = "Español",
  version = "2026-11-1",
  reviewed_by = "not yet reviewed",
  reviewed_on = "not yet reviewed",
}

local YES, NO, UNSURE, PRIVATE = "Sí", "No", "No lo sé", "Prefiero decirlo en privado"
local ANSWERS = { YES, NO, UNSURE, PRIVATE }

-- Las zonas del cuerpo que eligió el paciente. Si salta "areas", se hacen las preguntas de todas.
local AREAS = "areas"
local function back()
  return any(answered(AREAS, "La espalda"), none(answered(AREAS)))
end
local function neck()
  return any(answered(AREAS, "El cuello"), none(answered(AREAS)))
end
local function back_or_neck()
  return any(answered(AREAS, "La espalda", "El cuello"), none(answered(AREAS)))
end
local function limb()
  return any(answered(AREAS, "El brazo o el hombro", "La pierna, la cadera o la rodilla", "Otra parte"),
             none(answered(AREAS)))
end

-- "Sí" o "No lo sé" a una pregunta de seguridad.
local function yes(q)
  return answered(q, YES, UNSURE)
end

-- ---- las preguntas -----------------------------------------------------------------------

question "areas" {
  text = "¿Dónde tiene el dolor? Puede elegir varias.",
  options = { "La espalda", "El cuello", "El brazo o el hombro", "La pierna, la cadera o la rodilla", "Otra parte" },
  multiple = true,
}

-- Cada pregunta de seguridad: las cuatro respuestas de arriba, sin "Saltar" (quien prefiera
-- no responder aquí elige "en privado").

-- Todos: señales de corazón y de ictus.
question "rf21_heart" {
  text = "¿Tiene dolor, presión u opresión en el pecho? ¿O un dolor que se extiende al brazo, la mandíbula, el cuello o la espalda, quizá con sudor, náuseas o falta de aire?",
  options = ANSWERS, required = true,
}
question "rf20_stroke" {
  text = "En los últimos días, ¿ha notado de repente la cara, un brazo o una pierna dormidos o débiles? ¿O de repente le cuesta hablar o ver? ¿O un dolor de cabeza muy fuerte, como nunca antes?",
  options = ANSWERS, required = true,
}
-- Cuello: la lista completa de señales de tipo ictus (en lugar de rf20_stroke).
question "rf20_neck" {
  text = "Desde que empezó el dolor de cuello o de cabeza, ¿ha tenido algo de esto? Un dolor de cabeza repentino y muy fuerte, como nunca antes. Mareo o desmayo. Ver doble, o perder la vista. Dificultad para hablar o tragar. La cara, un brazo o una pierna dormidos o débiles. Caídas repentinas.",
  options = ANSWERS, required = true,
}

-- Espalda: señales de nervios (cola de caballo).
question "rf01_saddle" {
  text = "¿Tiene dormida o con hormigueo la zona entre las piernas o alrededor de las nalgas, y es algo nuevo? Es la zona que toca el asiento de una bici. Por ejemplo, ¿nota distinto el papel al limpiarse?",
  options = ANSWERS, required = true, private = true,
}
question "rf02_bladder" {
  text = "¿Es nuevo para usted tener problemas para orinar? Por ejemplo: le cuesta empezar, el chorro es débil, no nota cuándo tiene la vejiga llena, o se le escapa la orina sin avisar.",
  options = ANSWERS, required = true, private = true,
}
question "rf03_bowel" {
  text = "¿Es nuevo para usted que se le escapen las heces, o no notar cuándo necesita ir al baño?",
  options = ANSWERS, required = true, private = true,
}
question "rf04_sexual" {
  text = "¿Nota sus partes íntimas dormidas de una forma nueva? ¿O es nuevo para usted tener problemas de erección, o sentir menos durante el sexo?",
  options = ANSWERS, required = true, private = true,
}
question "rf05_both_legs" {
  text = "¿Tiene dolor, hormigueo o zonas dormidas en las dos piernas?",
  options = ANSWERS, required = true,
}

-- Espalda o cuello: debilidad; cuello: manos y marcha.
question "rf06_weak" {
  text = "¿Tiene débil una pierna, un pie o un brazo? Por ejemplo, arrastra el pie o le falla la rodilla.",
  options = ANSWERS, required = true,
}
question "rf06_worse" {
  text = "¿La debilidad va a peor día a día?",
  options = ANSWERS, required = true,
}
question "rf07_clumsy" {
  text = "¿Se han vuelto torpes sus manos? Por ejemplo, le cuestan los botones o se le caen las cosas. ¿O camina con menos equilibrio?",
  options = ANSWERS, required = true,
}

-- Brazo, pierna u otras articulaciones.
question "rf23_joint" {
  text = "¿Tiene una articulación caliente, hinchada y muy dolorosa de repente, tanto que le cuesta moverla? Cuenta con fiebre o sin ella.",
  options = ANSWERS, required = true,
}
question "rf22_leg" {
  text = "¿Tiene una pierna hinchada, caliente o roja desde hace poco? ¿O le duele la pantorrilla?",
  options = ANSWERS, required = true,
}
question "rf22_breath" {
  text = "¿Le falta el aire de repente? ¿O le duele el pecho al respirar hondo?",
  options = ANSWERS, required = true,
}

-- Espalda: dolor de barriga y espalda a la vez.
question "rf19_belly" {
  text = "¿Tiene un dolor fuerte y profundo en la barriga y la espalda a la vez? ¿O nota latidos en la barriga?",
  options = ANSWERS, required = true,
}
question "rf19_severe" {
  text = "¿Ese dolor empezó de repente, o es muy fuerte ahora mismo?",
  options = ANSWERS, required = true,
}

-- Todos: infección, cáncer, fractura.
question "rf12_fever" {
  text = "Desde que empezó este dolor, ¿ha tenido fiebre, escalofríos o sudores por la noche? ¿O se ha sentido muy mal?",
  options = ANSWERS, required = true,
}
question "rf12_now" {
  text = "¿Se encuentra muy mal ahora mismo? Por ejemplo, con mucho calor o temblores, confusión, o respiración rápida.",
  options = ANSWERS, required = true,
}
question "rf08_cancer" {
  text = "¿Ha tenido cáncer alguna vez?",
  options = ANSWERS, required = true,
}
question "rf09_weight" {
  text = "En los últimos meses, ¿ha perdido peso sin intentarlo?",
  options = ANSWERS, required = true,
}
question "rf16_accident" {
  text = "¿Este dolor empezó después de un accidente grave? Por ejemplo, un accidente de tráfico, o una caída desde lo alto o por las escaleras.",
  options = ANSWERS, required = true,
}
question "rf16_bruise" {
  text = "Por ese accidente, ¿tiene un moretón o un raspón donde le duele?",
  options = ANSWERS, required = true,
}
question "rf17_bones" {
  text = "¿Le han dicho que tiene los huesos débiles o finos (osteoporosis)? ¿O se ha roto un hueso en una caída leve?",
  options = ANSWERS, required = true,
}
question "rf17_sudden" {
  text = "¿Este dolor empezó de repente?",
  options = ANSWERS, required = true,
}
question "rf18_steroids" {
  text = "¿Ha tomado pastillas de corticoides durante 3 meses o más? Por ejemplo, prednisolona o prednisona.",
  options = ANSWERS, required = true,
}
question "rf13_drugs" {
  text = "¿Se ha inyectado alguna vez drogas que no le dio un médico o una enfermera? Puede elegir decirlo en privado.",
  options = ANSWERS, required = true, private = true,
}
question "rf14_immune" {
  text = "¿A su cuerpo le cuesta más defenderse de los microbios? Puede pasar con el VIH, un tratamiento contra el cáncer, un trasplante, o medicinas fuertes para las articulaciones o el intestino.",
  options = ANSWERS, required = true,
}
question "rf15_recent" {
  text = "En los últimos 3 meses, ¿le han operado o le han puesto una inyección en la columna? ¿O ha tenido una infección fuerte, por ejemplo en el riñón, el pecho o la piel?",
  options = ANSWERS, required = true,
}

-- Espalda o cuello: dolor nocturno, edad.
question "rf10_night" {
  text = "¿Su dolor es fuerte por la noche, aunque no se mueva en la cama? ¿Y no mejora con nada, ni siquiera al cambiar de postura?",
  options = ANSWERS, required = true,
}
question "rf11_age50" {
  text = "¿Tiene 50 años o más, y es un tipo de dolor de espalda o de cuello nuevo para usted?",
  options = ANSWERS, required = true,
}

-- Espalda: patrón inflamatorio, empeoramiento continuo.
question "rf24_inflam" {
  text = "¿Su dolor de espalda empezó antes de los 45 años? ¿Y dura ya más de 3 meses?",
  options = ANSWERS, required = true,
}
question "rf24_pattern" {
  text = "¿Tiene la espalda rígida por la mañana, y mejora al moverse? ¿O el dolor le despierta en la segunda mitad de la noche?",
  options = ANSWERS, required = true,
}
question "rf25_worse" {
  text = "¿Su dolor va a peor semana a semana, aunque descanse y siga un tratamiento?",
  options = ANSWERS, required = true,
}

-- Se pregunta desde la pregunta del ánimo (about_you.lua).
question "rf26_thoughts" {
  text = "El dolor puede agotar a las personas. ¿Ha tenido pensamientos de hacerse daño o de quitarse la vida?",
  options = ANSWERS, required = true, private = true,
}
question "rf26_now" {
  text = "¿Tiene esos pensamientos ahora?",
  options = ANSWERS, required = true, private = true,
}

-- ---- a quién se pregunta qué, en orden (primero lo urgente) ------------------------------

scene "safety_intro" {
  say "Primero, unas preguntas de seguridad.",
  say "Se las hacemos a todo el mundo. La mayoría de las personas responde que no.",
  say "Si tiene dudas, elija \"No lo sé\". Si prefiere no responder aquí, puede elegir decirlo en privado.",
  go = "safety_questions",
}

scene "safety_questions" {
  ask "areas",
  ask "rf21_heart",
  ask "rf20_neck" { when = neck() },
  ask "rf20_stroke" { when = none(neck()) },
  ask "rf01_saddle" { when = back() },
  ask "rf02_bladder" { when = back() },
  ask "rf03_bowel" { when = back() },
  ask "rf04_sexual" { when = back() },
  ask "rf05_both_legs" { when = back() },
  ask "rf06_weak" { when = back_or_neck() },
  ask "rf06_worse" { when = all(back_or_neck(), yes("rf06_weak")) },
  ask "rf07_clumsy" { when = neck() },
  ask "rf23_joint" { when = limb() },
  ask "rf22_leg" { when = limb() },
  ask "rf22_breath" { when = all(limb(), yes("rf22_leg")) },
  ask "rf19_belly" { when = back() },
  ask "rf19_severe" { when = all(back(), yes("rf19_belly")) },
  ask "rf12_fever",
  ask "rf12_now" { when = yes("rf12_fever") },
  ask "rf08_cancer",
  ask "rf09_weight",
  ask "rf16_accident",
  ask "rf16_bruise" { when = yes("rf16_accident") },
  ask "rf17_bones",
  ask "rf17_sudden" { when = yes("rf17_bones") },
  ask "rf18_steroids",
  ask "rf13_drugs",
  ask "rf14_immune",
  ask "rf15_recent",
  ask "rf10_night" { when = back_or_neck() },
  ask "rf11_age50" { when = back_or_neck() },
  ask "rf24_inflam" { when = back() },
  ask "rf24_pattern" { when = all(back(), yes("rf24_inflam")) },
  ask "rf25_worse" { when = back() },
  go = "safety_done",
}

-- "Sí" o "No lo sé" a las dos preguntas.
local function both(a, b)
  return all(yes(a), yes(b))
end

-- Cualquier respuesta que pone algo de nivel "today" en la lista.
local function anything_for_today()
  return any(yes("rf05_both_legs"), yes("rf06_weak"), yes("rf07_clumsy"), yes("rf08_cancer"),
             yes("rf09_weight"), yes("rf12_fever"), yes("rf16_accident"), yes("rf17_sudden"),
             yes("rf18_steroids"), yes("rf19_belly"), yes("rf22_leg"),
             answered("rf01_saddle", PRIVATE), answered("rf02_bladder", PRIVATE),
             answered("rf03_bowel", PRIVATE), answered("rf04_sexual", PRIVATE),
             answered("rf05_both_legs", PRIVATE), answered("rf06_weak", PRIVATE),
             answered("rf06_worse", PRIVATE), answered("rf07_clumsy", PRIVATE),
             answered("rf08_cancer", PRIVATE), answered("rf09_weight", PRIVATE),
             answered("rf10_night", PRIVATE), answered("rf11_age50", PRIVATE),
             answered("rf12_fever", PRIVATE), answered("rf12_now", PRIVATE),
             answered("rf13_drugs", PRIVATE), answered("rf14_immune", PRIVATE),
             answered("rf15_recent", PRIVATE), answered("rf16_accident", PRIVATE),
             answered("rf16_bruise", PRIVATE), answered("rf17_bones", PRIVATE),
             answered("rf17_sudden", PRIVATE), answered("rf18_steroids", PRIVATE),
             answered("rf19_belly", PRIVATE), answered("rf19_severe", PRIVATE),
             answered("rf20_stroke", PRIVATE), answered("rf20_neck", PRIVATE),
             answered("rf21_heart", PRIVATE), answered("rf22_leg", PRIVATE),
             answered("rf22_breath", PRIVATE), answered("rf23_joint", PRIVATE),
             answered("rf24_inflam", PRIVATE), answered("rf24_pattern", PRIVATE),
             answered("rf25_worse", PRIVATE),
             -- dos señales "mention" que juntas dan una señal "today" (reglas al final)
             both("rf10_night", "rf11_age50"), both("rf10_night", "rf25_worse"),
             both("rf11_age50", "rf25_worse"), both("rf11_age50", "rf17_bones"),
             both("rf10_night", "rf13_drugs"), both("rf10_night", "rf14_immune"),
             both("rf10_night", "rf15_recent"), both("rf13_drugs", "rf14_immune"),
             both("rf13_drugs", "rf15_recent"), both("rf14_immune", "rf15_recent"))
end

scene "safety_done" {
  say "Gracias. Aquí terminan las preguntas de seguridad.",
  say "Algunas de sus respuestas necesitan una revisión hoy. Por favor, dígalo en recepción antes de su cita. También estarán en su lista al final." { when = anything_for_today() },
  say "Ahora hay 15 pantallas cortas sobre cómo funciona el dolor. Se tarda unos 4 minutos.",
  choice { "Mostrar", go = "learn_real" },
  choice { "Saltar esta parte", go = "about_intro" },
}

-- ---- señales simples ---------------------------------------------------------------------

red_flag "rf01" {
  private = true, -- read aloud only through headphones
  when = yes("rf01_saddle"), level = "urgent",
  patient = "Hay que revisar ya lo que dijo sobre la zona dormida entre las piernas.",
  clinician = "RF-01 Anestesia o parestesia en silla de montar, nueva (posible síndrome de cola de caballo).",
}
red_flag "rf02" {
  private = true, -- read aloud only through headphones
  when = yes("rf02_bladder"), level = "urgent",
  patient = "Hay que revisar ya lo que dijo sobre los problemas para orinar.",
  clinician = "RF-02 Alteración vesical nueva (posible síndrome de cola de caballo).",
}
red_flag "rf03" {
  private = true, -- read aloud only through headphones
  when = yes("rf03_bowel"), level = "urgent",
  patient = "Hay que revisar ya lo que dijo sobre un cambio al ir al baño.",
  clinician = "RF-03 Alteración intestinal o incontinencia fecal nueva (posible síndrome de cola de caballo).",
}
red_flag "rf04" {
  private = true, -- read aloud only through headphones
  when = yes("rf04_sexual"), level = "urgent",
  patient = "Hay que revisar ya lo que dijo sobre un cambio en sus partes íntimas.",
  clinician = "RF-04 Anestesia genital o disfunción sexual nueva (posible síndrome de cola de caballo).",
}
red_flag "rf05" {
  when = yes("rf05_both_legs"), level = "today",
  patient = "Tengo dolor, hormigueo o zonas dormidas en las dos piernas.",
  clinician = "RF-05 Síntomas en ambas piernas.",
}
red_flag "rf06_stable" {
  when = all(yes("rf06_weak"), none(yes("rf06_worse"))), level = "today",
  patient = "Tengo débil una pierna, un pie o un brazo.",
  clinician = "RF-06 Debilidad de una extremidad, no descrita como progresiva.",
}
red_flag "rf06_worse" {
  when = yes("rf06_worse"), level = "urgent",
  patient = "Hay que revisar ya lo que dijo sobre la debilidad que va a peor.",
  clinician = "RF-06 Debilidad progresiva de una extremidad, peor día a día.",
}
red_flag "rf07" {
  when = yes("rf07_clumsy"), level = "today",
  patient = "Mis manos se han vuelto torpes, o camino con menos equilibrio.",
  clinician = "RF-07 Torpeza de manos o marcha inestable (posible mielopatía cervical).",
}
red_flag "rf08" {
  when = yes("rf08_cancer"), level = "today",
  patient = "He tenido cáncer.",
  clinician = "RF-08 Antecedente de cáncer.",
}
red_flag "rf09" {
  when = yes("rf09_weight"), level = "today",
  patient = "He perdido peso sin intentarlo.",
  clinician = "RF-09 Pérdida de peso sin causa en los últimos meses.",
}
red_flag "rf10" {
  when = yes("rf10_night"), level = "mention",
  patient = "Mi dolor es fuerte por la noche, aunque no me mueva, y no mejora con nada.",
  clinician = "RF-10 Dolor nocturno constante, no mecánico.",
}
red_flag "rf11" {
  when = yes("rf11_age50"), level = "mention",
  patient = "Tengo 50 años o más, y este tipo de dolor es nuevo para mí.",
  clinician = "RF-11 Edad de 50 años o más con un episodio nuevo de dolor de columna.",
}
red_flag "rf12" {
  when = yes("rf12_fever"), level = "today",
  patient = "He tenido fiebre, escalofríos o sudores por la noche, o me he sentido muy mal.",
  clinician = "RF-12 Fiebre, escalofríos, sudores nocturnos o malestar general desde el inicio.",
}
red_flag "rf12_now" {
  when = yes("rf12_now"), level = "urgent",
  patient = "Ha dicho que se encuentra muy mal ahora mismo. Hay que revisarle ya.",
  clinician = "RF-12 Muy mal ahora: fiebre, tiritona, confusión o taquipnea (posible sepsis).",
}
red_flag "rf13" {
  when = yes("rf13_drugs"), level = "mention",
  patient = "Hay algo de mi historia de salud que quiero contar a mi profesional de salud.",
  clinician = "RF-13 Se ha inyectado drogas no prescritas (riesgo de infección).",
}
red_flag "rf14" {
  when = yes("rf14_immune"), level = "mention",
  patient = "A mi cuerpo le cuesta más defenderse de los microbios.",
  clinician = "RF-14 Inmunosupresión.",
}
red_flag "rf15" {
  when = yes("rf15_recent"), level = "mention",
  patient = "En los últimos 3 meses, he tenido una infección fuerte. O me han operado o puesto una inyección en la columna.",
  clinician = "RF-15 Intervención espinal o infección importante reciente (últimos 3 meses).",
}
red_flag "rf16" {
  when = yes("rf16_accident"), level = "today",
  patient = "Mi dolor empezó después de un accidente grave.",
  clinician = "RF-16 Traumatismo importante al inicio.",
}
red_flag "rf16_bruise" {
  when = yes("rf16_bruise"), level = "today",
  patient = "Tengo un moretón o un raspón donde me duele, por el accidente.",
  clinician = "RF-16 Hematoma o erosión en la zona dolorosa tras el traumatismo.",
}
red_flag "rf17_sudden" {
  when = all(yes("rf17_bones"), yes("rf17_sudden")), level = "today",
  patient = "Tengo los huesos débiles, y este dolor empezó de repente.",
  clinician = "RF-17 Osteoporosis o fractura por fragilidad, con dolor de inicio brusco.",
}
red_flag "rf17" {
  when = all(yes("rf17_bones"), none(yes("rf17_sudden"))), level = "mention",
  patient = "Tengo los huesos débiles o finos, o me he roto un hueso en una caída leve.",
  clinician = "RF-17 Osteoporosis o fractura previa por fragilidad.",
}
red_flag "rf18" {
  when = yes("rf18_steroids"), level = "today",
  patient = "He tomado pastillas de corticoides durante 3 meses o más.",
  clinician = "RF-18 Corticoides orales prolongados (3 meses o más).",
}
red_flag "rf19" {
  when = all(yes("rf19_belly"), none(yes("rf19_severe"))), level = "today",
  patient = "Tengo dolor en la barriga y la espalda a la vez. O noto latidos en la barriga.",
  clinician = "RF-19 Dolor abdominal y lumbar o masa pulsátil (valorar aneurisma de aorta).",
}
red_flag "rf19_severe" {
  when = yes("rf19_severe"), level = "urgent",
  patient = "Hay que revisar ya lo que dijo sobre el dolor de barriga y espalda.",
  clinician = "RF-19 Dolor abdominal y lumbar brusco o intenso (posible aneurisma de aorta).",
}
red_flag "rf20" {
  when = any(yes("rf20_stroke"), yes("rf20_neck")), level = "urgent",
  patient = "Hay que revisar ya lo que dijo sobre zonas dormidas, el habla o un dolor de cabeza fuerte.",
  clinician = "RF-20 Signos de ictus o de disfunción arterial cervical (posible disección o ictus).",
}
red_flag "rf21" {
  when = yes("rf21_heart"), level = "urgent",
  patient = "Hay que revisar ya lo que dijo sobre el dolor o la opresión en el pecho.",
  clinician = "RF-21 Dolor torácico o irradiado con cortejo vegetativo (posible causa cardiaca).",
}
red_flag "rf22" {
  when = all(yes("rf22_leg"), none(yes("rf22_breath"))), level = "today",
  patient = "Tengo una pierna hinchada, caliente o roja desde hace poco. O me duele la pantorrilla.",
  clinician = "RF-22 Edema, calor, rubor o dolor de pantorrilla unilateral (valorar TVP).",
}
red_flag "rf22_breath" {
  when = yes("rf22_breath"), level = "urgent",
  patient = "Hay que revisar ya lo que dijo sobre la respiración o el pecho.",
  clinician = "RF-22 Signos en la pierna con disnea súbita o dolor pleurítico (posible TEP).",
}
red_flag "rf23" {
  when = yes("rf23_joint"), level = "urgent",
  patient = "Hay que revisar ya lo que dijo sobre una articulación caliente e hinchada.",
  clinician = "RF-23 Articulación caliente e hinchada aguda (posible artritis séptica).",
}
red_flag "rf24" {
  when = all(yes("rf24_inflam"), yes("rf24_pattern")), level = "mention",
  patient = "Mi dolor de espalda empezó antes de los 45 años. Está rígida por la mañana, mejora al moverme, o me despierta de madrugada.",
  clinician = "RF-24 Patrón de dolor lumbar inflamatorio (valorar espondiloartritis axial).",
}
red_flag "rf25" {
  when = yes("rf25_worse"), level = "mention",
  patient = "Mi dolor va a peor semana a semana, aunque descanse y siga un tratamiento.",
  clinician = "RF-25 Dolor progresivo a pesar de reposo y tratamiento.",
}
red_flag "rf26" {
  private = true, -- read aloud only through headphones
  when = all(yes("rf26_thoughts"), none(yes("rf26_now"))), level = "today",
  patient = "Me gustaría hablar con alguien sobre cómo me he sentido.",
  clinician = "RF-26 Ideas previas de autolesión o suicidio (no actuales). Valorar hoy.",
}
red_flag "rf26_now" {
  private = true, -- read aloud only through headphones
  when = yes("rf26_now"), level = "urgent",
  patient = "Gracias por contárnoslo. No tiene que pasar por esto a solas. Por favor, vaya ahora a recepción y pida hablar con alguien. Si ya no está en la clínica, llame al {emergency} o a una línea de crisis.",
  clinician = "RF-26 Ideas actuales de autolesión o suicidio. Seguir ahora el protocolo de crisis.",
}

-- "Prefiero decirlo en privado", en cualquier pregunta de seguridad: una señal "today" que no
-- nombra el tema, ni en pantalla ni en papel.
red_flag "private" {
  when = any(answered("rf01_saddle", PRIVATE), answered("rf02_bladder", PRIVATE),
             answered("rf03_bowel", PRIVATE), answered("rf04_sexual", PRIVATE),
             answered("rf05_both_legs", PRIVATE), answered("rf06_weak", PRIVATE),
             answered("rf06_worse", PRIVATE), answered("rf07_clumsy", PRIVATE),
             answered("rf08_cancer", PRIVATE), answered("rf09_weight", PRIVATE),
             answered("rf10_night", PRIVATE), answered("rf11_age50", PRIVATE),
             answered("rf12_fever", PRIVATE), answered("rf12_now", PRIVATE),
             answered("rf13_drugs", PRIVATE), answered("rf14_immune", PRIVATE),
             answered("rf15_recent", PRIVATE), answered("rf16_accident", PRIVATE),
             answered("rf16_bruise", PRIVATE), answered("rf17_bones", PRIVATE),
             answered("rf17_sudden", PRIVATE), answered("rf18_steroids", PRIVATE),
             answered("rf19_belly", PRIVATE), answered("rf19_severe", PRIVATE),
             answered("rf20_stroke", PRIVATE), answered("rf20_neck", PRIVATE),
             answered("rf21_heart", PRIVATE), answered("rf22_leg", PRIVATE),
             answered("rf22_breath", PRIVATE), answered("rf23_joint", PRIVATE),
             answered("rf24_inflam", PRIVATE), answered("rf24_pattern", PRIVATE),
             answered("rf25_worse", PRIVATE), answered("rf26_thoughts", PRIVATE),
             answered("rf26_now", PRIVATE)),
  level = "today",
  patient = "Me gustaría hablar con alguien en privado.",
  clinician = "Pidió responder en privado a una pregunta de seguridad. Ofrecer una conversación en privado antes de la sesión.",
}

-- ---- reglas combinadas (CONTENT.md 1.2: las señales se suman) ----------------------------

-- Síntomas en las dos piernas con cualquier signo de cola de caballo, o con debilidad -> urgente.
-- (A favor de la seguridad: cuenta cualquier debilidad, no solo la que va a peor.)
red_flag "combo_both_legs" {
  when = all(yes("rf05_both_legs"),
             any(yes("rf01_saddle"), yes("rf02_bladder"), yes("rf03_bowel"), yes("rf04_sexual"),
                 yes("rf06_weak"))),
  level = "urgent",
  patient = "Hay que revisar ya lo que dijo sobre las dos piernas, y sobre debilidad o zonas dormidas.",
  clinician = "RF-05 + RF-01..04/RF-06: síntomas en ambas piernas con un signo de cola de caballo o debilidad.",
}

-- Cáncer previo con zonas dormidas, debilidad, inestabilidad o cambios de vejiga o intestino nuevos -> urgente.
red_flag "combo_cancer_nerves" {
  when = all(yes("rf08_cancer"),
             any(yes("rf01_saddle"), yes("rf02_bladder"), yes("rf03_bowel"), yes("rf04_sexual"),
                 yes("rf05_both_legs"), yes("rf06_weak"), yes("rf07_clumsy"))),
  level = "urgent",
  patient = "Nos dijo que ha tenido cáncer. También tiene zonas dormidas, debilidad, o cambios al orinar o ir al baño. Hay que revisarlo ya.",
  clinician = "RF-08 + signo neurológico o esfinteriano nuevo: posible compresión medular metastásica.",
}

-- Fiebre o malestar con un riesgo de infección -> today. (Muy mal ahora es urgente: rf12_now.)
red_flag "combo_fever_risk" {
  when = all(yes("rf12_fever"), any(yes("rf13_drugs"), yes("rf14_immune"), yes("rf15_recent"))),
  level = "today",
  patient = "He tenido fiebre o me he sentido mal. También puedo tener más riesgo de infección.",
  clinician = "RF-12 + RF-13/14/15: síntomas generales con un factor de riesgo de infección.",
}

-- Dolor nocturno con cáncer previo, pérdida de peso o fiebre -> today.
red_flag "combo_night_pain" {
  when = all(yes("rf10_night"), any(yes("rf08_cancer"), yes("rf09_weight"), yes("rf12_fever"))),
  level = "today",
  patient = "Mi dolor es fuerte por la noche. También dije que sí a otra pregunta de seguridad.",
  clinician = "RF-10 + RF-08/09/12: dolor nocturno con una señal de cáncer o de infección.",
}

-- 50 años o más con dolor nuevo, más una señal de cáncer o de fractura -> today.
red_flag "combo_age" {
  when = all(yes("rf11_age50"),
             any(yes("rf08_cancer"), yes("rf09_weight"), yes("rf10_night"), yes("rf25_worse"),
                 yes("rf16_accident"), yes("rf17_bones"), yes("rf18_steroids"))),
  level = "today",
  patient = "Tengo 50 años o más, y este tipo de dolor es nuevo. También dije que sí a otra pregunta de seguridad.",
  clinician = "RF-11 + señal de cáncer o de fractura.",
}

-- Dos o más señales "mention" del mismo grupo -> today.
-- Grupo cáncer: RF-10 dolor nocturno, RF-11 50 años o más con dolor nuevo, RF-25 cada vez peor.
red_flag "combo_cancer_group" {
  when = any(all(yes("rf10_night"), yes("rf11_age50")),
             all(yes("rf10_night"), yes("rf25_worse")),
             all(yes("rf11_age50"), yes("rf25_worse"))),
  level = "today",
  patient = "Dije que sí a más de una pregunta de seguridad.",
  clinician = "Dos o más señales del grupo cáncer (RF-10, RF-11, RF-25).",
}
-- Grupo fractura: RF-11 50 años o más con dolor nuevo, RF-17 huesos débiles.
red_flag "combo_fracture_group" {
  when = all(yes("rf11_age50"), yes("rf17_bones")),
  level = "today",
  patient = "Dije que sí a más de una pregunta sobre mis huesos.",
  clinician = "Dos o más señales del grupo fractura (RF-11, RF-17).",
}
-- Grupo infección: RF-10 dolor nocturno, RF-13 drogas inyectadas, RF-14 defensas bajas, RF-15
-- intervención en la columna o infección reciente.
red_flag "combo_infection_group" {
  when = any(all(yes("rf10_night"), yes("rf13_drugs")),
             all(yes("rf10_night"), yes("rf14_immune")),
             all(yes("rf10_night"), yes("rf15_recent")),
             all(yes("rf13_drugs"), yes("rf14_immune")),
             all(yes("rf13_drugs"), yes("rf15_recent")),
             all(yes("rf14_immune"), yes("rf15_recent"))),
  level = "today",
  patient = "Dije que sí a más de una pregunta sobre infecciones.",
  clinician = "Dos o más señales del grupo infección (RF-10, RF-13, RF-14, RF-15).",
}
