-- clinic_journey_es.lua -- una visita completa en español (elegido en la pantalla de inicio),
-- como paciente de rodilla sin señales de alarma: bienvenida, preguntas de seguridad, las 15
-- pantallas sobre el dolor, sobre usted (con RF-26 desde el ánimo), preguntas elegidas y
-- escritas, la lista (preguntas, notas, mensaje de seguridad), despedida y gracias.

local function contains(hay, needle) return hay:find(needle, 1, true) ~= nil end

-- The lines under one heading of the list (list() is "Heading\n- line\n...").
local function section(title)
  local text = list()
  local s = text:find(title .. "\n", 1, true)
  if not s then return "" end
  local body = text:sub(s + #title + 1)
  local e = body:find("\n[^-]")
  return e and body:sub(1, e) or body
end

expect_screen "attract"
tap "Español"                                    -- choosing the language starts the visit
expect_screen "scene"
expect "puedo ayudarle a prepararse para su cita."
expect "Se tarda unos 5 a 10 minutos."
expect "No se guarda nada de lo que me diga."
expect "Puede parar cuando quiera."
shot "es_welcome"
tap "Empezar"

-- Preguntas de seguridad.
expect "Se las hacemos a todo el mundo. La mayoría de las personas responde que no."
tap "Siguiente"
expect "¿Dónde tiene el dolor?"
tap "La pierna, la cadera o la rodilla"
tap "Siguiente"
expect "¿Qué edad tiene?"
tap "Menos de 50"
-- Una pregunta sola, o un grupo de casillas ("Ninguna de estas" lo contesta todo que no).
local SAFETY = {
  { "question", "opresión en el pecho" }, { "question", "En los últimos días" },
  { "group", "¿Tiene ahora alguna de estas cosas?", "Una articulación caliente e hinchada",
    "Una pierna hinchada, caliente o roja" },
  { "group", "¿Tiene o ha tenido alguna de estas cosas?", "Fiebre, escalofríos",
    "Ha perdido peso", "Cáncer, ahora o en el pasado" },
  { "group", "¿Le pasa alguna de estas cosas? Toque cada una que le pase.",
    "accidente grave", "una caída pequeña", "Huesos débiles", "corticoides" },
  { "group", "Puede elegir decirlo en privado.", "drogas no recetadas",
    "defenderse de los microbios", "inyección en la columna" },
}
for i, s in ipairs(SAFETY) do
  expect_screen(s[1])
  for k = 2, #s do expect(s[k]) end
  expect_not "asiento de una bici"                -- nunca la pregunta de la zona del sillín
  expect_not "Is your pain like"                  -- ni el grupo del dolor de espalda
  if i == 1 then                                 -- RF-21: el pecho, ahora mismo
    expect "Ahora mismo, ¿tiene dolor, presión u opresión en el pecho?"
    shot "es_question"
  end
  if i == 3 then                                 -- un grupo cuenta como una pregunta
    expect "Pregunta 5 de 9"
    shot "es_group"
  end
  tap(s[1] == "group" and "Ninguna de estas" or "No")
end
-- El ánimo, al final de las preguntas de seguridad (nadie lo salta con "Saltar esta parte").
expect "¿el dolor le ha bajado el ánimo"
tap "Un poco"
expect "¿Ha tenido pensamientos de hacerse daño o de quitarse la vida?"
tap "No"
expect "Aquí terminan las preguntas de seguridad."
tap "Mostrar"

-- Cómo funciona el dolor.
local LEARN = {
  "Su dolor es real.", "El dolor es un protector.", "Que duela no siempre significa que haya daño.",
  "Su sistema de alarma puede volverse muy sensible.", "como el volumen de una radio.",
  "Su cerebro compara el peligro y la seguridad.", "Las pruebas de imagen suelen mostrar cambios",
  "No siempre hace falta una prueba de imagen.",
  "Para la mayoría de las personas, el dolor de rodilla, cadera u hombro no es peligroso.",
  "Moverse ayuda.", "Evitar el movimiento puede mantener el dolor.",
  "Las crisis de dolor ocurren, y suelen calmarse.", "El sueño y el dolor se afectan entre sí.",
  "Aprender sobre el dolor es parte del tratamiento.", "Su sistema nervioso puede cambiar.",
}
for i, words in ipairs(LEARN) do
  expect_screen "scene"
  expect(words)
  if i == 4 then expect "Su sistema nervioso funciona como una alarma." end
  if i == 5 or i == 6 then
    expect "Esto no quiere decir que el dolor esté en su cabeza, ni que sea culpa suya."
  end
  if i == 7 then                                 -- la versión de la rodilla
    expect "Muchas personas sin dolor de rodilla o de cadera tienen pequeñas roturas"
    expect "rara vez explica su dolor por sí solo."
    expect_not "disco abultado"
    shot "es_scans"
  end
  tap "Siguiente"
end

-- Sobre usted.
expect "No hay respuestas buenas ni malas, y no hay puntuación."
tap "Empezar"
expect "¿Qué le gustaría más volver a hacer?"
tap "Caminar más"
tap "Siguiente"
expect "¿Cómo ha dormido en las últimas 2 semanas?"
tap "Muy mal"
expect "¿El dolor le despierta por la noche?"
tap "No"
expect "¿Cuánto estrés ha sentido últimamente?"
tap "8"
expect "¿Qué aumenta su estrés?"
tap "El trabajo"
tap "La familia"
tap "Siguiente"
expect "¿Qué es lo que más le preocupa de su dolor?"
tap "Que nunca mejore"
tap "Siguiente"
expect "¿Ahora evita algunas cosas"
tap "No"
expect "Para proteger la zona que le duele"
tap "Me muevo con rigidez"
tap "Siguiente"
expect "¿Qué cree que le causa el dolor?"
tap "Saltar"
expect "¿Le preocupó algo que le dijeron sobre una prueba o una placa?"
tap "Sí"
expect "¿Qué le dijeron?"
type "hernia de disco"
shot "es_typed"
tap "Siguiente"
expect "¿Cuánta confianza tiene en que su dolor puede mejorar?"
tap "5"
expect "Quedan unas pocas preguntas más"
tap "Ir a mis preguntas"

-- Sus preguntas.
expect_screen "pick"
expect "Elija hasta 5 preguntas. Ha elegido 0."
local PICKED = {
  "¿Necesito una prueba? ¿Qué cambiaría el resultado en mi tratamiento?",
  "¿Qué debo hacer si tengo una crisis de dolor?",
  "¿Cómo sabremos si el tratamiento funciona?",
}
for _, q in ipairs(PICKED) do tap(q) end
expect "Ha elegido 3."
tap "Escribir mi propia pregunta"
type "¿puedo nadar en el mar?"
tap "Añadir a mi lista"
tap "Siguiente"

-- Su lista.
expect_screen "list"
shot "es_list"
local q = section("Preguntas que quiero hacer")
for _, p in ipairs(PICKED) do assert(contains(q, p), "falta la pregunta: " .. p) end
assert(contains(q, "¿puedo nadar en el mar?"), "falta la pregunta escrita")
local notes = section("Lo que quiero que sepa mi profesional de salud")
for _, line in ipairs {
  "Lo que más me gustaría volver a hacer: Caminar más.",
  "He dormido muy mal en las últimas 2 semanas.",
  "Cuánto estrés he sentido últimamente: 8 de 10.",
  "El trabajo", "La familia",
  "Últimamente el dolor me ha bajado un poco el ánimo.",
  "Me preocupa que mi dolor nunca mejore.",
  "Lo que hago para proteger la zona que me duele: Me muevo con rigidez.",
  "Me preocupó algo que me dijeron sobre una prueba o una placa.",
  "Lo que me dijeron: hernia de disco",
  "Cuánta confianza tengo en que mi dolor puede mejorar: 5 de 10.",
} do
  assert(contains(notes, line), "falta la nota: " .. line)
end
assert(not contains(notes, "El dolor me despierta"), "nota de 'No'")
local l = list()
assert(not contains(l, "Dígalo hoy al personal"), "señales para quien dijo que no")
local net = section("Cuándo buscar ayuda enseguida")
assert(contains(net, "llame al número de emergencias de su zona. No espere a su próxima cita."),
       "falta el mensaje de seguridad")
assert(contains(net, "Nota dormida, de forma nueva, la zona entre las piernas o alrededor de las nalgas."),
       "falta la zona entre las piernas en el mensaje de seguridad")
assert(contains(net, "las heces (caca)"), "falta 'heces (caca)'")

-- Changing language keeps the answers; the list follows the language.
tap "English"
assert(contains(list(), "Questions I want to ask"), "the list is not in English")
assert(contains(list(), "My sleep has been very poor over the last 2 weeks."), "answers lost")
assert(contains(list(), "¿puedo nadar en el mar?"), "typed question lost")
tap "Español"
expect_screen "list"
-- Las señales de una rodilla (articulación caliente, pantorrilla hinchada con falta de
-- aire), no las del cáncer: una tarjeta propia en la lista.
local LIMBS = "Busque ayuda enseguida si empieza a notar algo de esto:"
assert(contains(section(LIMBS), "Una articulación se pone de pronto caliente, hinchada y muy dolorosa. Con fiebre o sin ella."),
       "falta la articulación en la lista")
assert(contains(section(LIMBS), "Una pantorrilla se hincha y duele"), "falta la pantorrilla")
assert(not contains(list(), "cáncer"), "señales de cáncer para una rodilla")
tap "Siguiente"

-- Despedida; gracias, con la cola de caballo para todos y las señales de la rodilla; inicio.
expect "No se ha guardado nada de lo que me ha dicho."
tap "Siguiente"
expect_screen "end"
expect "Gracias. Esperamos que su cita vaya bien."
expect "Nota dormida, de forma nueva, la zona entre las piernas"
expect "No espere a su próxima cita."
expect "Una pantorrilla se hincha y duele"
expect "vaya a urgencias o llame al número de emergencias de su zona"
expect_not "cáncer"
shot "es_end"
tap "Listo"
expect_screen "attract"
assert(not contains(list(), "nadar"), "la visita no se borró")
