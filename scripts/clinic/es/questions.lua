-- questions.lua -- el banco de preguntas (CONTENT.md 3.2: 37 preguntas en 9 temas, con nuestras
-- palabras) y la pantalla donde el paciente elige hasta 5 y escribe hasta 3 suyas.
-- El tema C sigue las tres preguntas de AskShareKnow (Shepherd et al. 2011), con nuestras palabras.
-- Mismos ids que ../en/questions.lua.

local A = "Entender mi dolor"
local B = "Pruebas"
local C = "Elegir mi tratamiento"
local D = "Movimiento y actividad"
local E = "Crisis de dolor y cuidarme"
local F = "Trabajo, día a día y objetivos"
local G = "Medicinas y otros tratamientos"
local H = "Miedos y experiencias de antes"
local I = "Señales de alarma y próximos pasos"

prompt "q01" { topic = A, text = "¿Cuál cree que es la causa principal de mi dolor?" }
prompt "q02" { topic = A, text = "¿Tengo algo grave? ¿Cómo lo puede saber?" }
prompt "q03" { topic = A, text = "¿Qué es probable que pase en las próximas semanas y meses?" }
prompt "q04" { topic = A, text = "¿Por qué mi dolor cambia tanto de un día a otro?" }
prompt "q05" { topic = A, text = "¿Por qué me sigue doliendo, si la lesión ya debería estar curada?" }
prompt "q06" { topic = A, text = "¿Pueden mis nervios estar muy sensibles? ¿Qué ayuda con eso?" }

prompt "q07" { topic = B, text = "¿Necesito una prueba? ¿Qué cambiaría el resultado en mi tratamiento?" }
prompt "q08" { topic = B, text = "¿Me puede explicar con palabras sencillas lo que dice el informe de mi prueba?" }
prompt "q09" { topic = B, text = "¿Lo que sale en mi prueba es común en personas de mi edad sin dolor?" }
prompt "q10" { topic = B, text = "¿Qué tiene de malo hacerme una prueba que no necesito?" }

prompt "q11" { topic = C, text = "¿Qué opciones tengo? ¿Esperar a ver cómo va es una de ellas?" }
prompt "q12" { topic = C, text = "¿Qué tiene de bueno y de malo cada opción?" }
prompt "q13" { topic = C, text = "¿Qué probabilidad hay de eso bueno y malo en alguien como yo?" }
prompt "q14" { topic = C, text = "¿En qué consiste este tratamiento? ¿Cuándo podría notar un cambio?" }
prompt "q15" { topic = C, text = "¿Qué puedo hacer yo entre una visita y otra?" }

prompt "q16" { topic = D, text = "¿Qué movimientos y actividades son seguros para mí ahora?" }
prompt "q17" { topic = D, text = "¿Cuánto dolor durante el ejercicio está bien? ¿Cuándo debo bajar el ritmo?" }
prompt "q18" { topic = D, text = "¿Cómo puedo aumentar mi actividad sin una crisis fuerte?" }
prompt "q19" { topic = D, text = "¿Es seguro para mí agacharme y levantar peso?" }
prompt "q20" { topic = D, text = "¿Cuándo puedo volver a mi deporte, mi afición u otras cosas que me gustan?" }

prompt "q21" { topic = E, text = "¿Qué debo hacer si tengo una crisis de dolor?" }
prompt "q22" { topic = E, text = "¿Cómo distingo una crisis normal de algo que hay que revisar?" }
prompt "q23" { topic = E, text = "¿Qué me puede ayudar a dormir mejor cuando tengo dolor?" }
prompt "q24" { topic = E, text = "¿Cómo afectan el estrés y la preocupación a mi dolor? ¿Qué puede ayudar?" }

prompt "q25" { topic = F, text = "¿Cómo puedo seguir trabajando, o volver al trabajo, de forma segura?" }
prompt "q26" { topic = F, text = "¿Qué objetivo realista puedo tener para el próximo mes?" }
prompt "q27" { topic = F, text = "¿Cómo sabremos si el tratamiento funciona?" }

prompt "q28" { topic = G, text = "¿Alguna de mis medicinas puede afectar a mi dolor, mi sueño o mi ánimo? (Quizá deba responder un médico o farmacéutico.)" }
prompt "q29" { topic = G, text = "¿Hay algún tratamiento que deba evitar?" }
prompt "q30" { topic = G, text = "¿Me ayudaría una inyección o una operación? ¿Por qué sí o por qué no?" }

prompt "q31" { topic = H, text = "Tengo miedo de volver a hacerme daño. ¿Podemos hablar de eso?" }
prompt "q32" { topic = H, text = "Aún me preocupa una lesión u operación de hace tiempo. ¿Importa ahora?" }
prompt "q33" { topic = H, text = "Me dijeron que mi espalda o mi articulación está \"gastada\". ¿Es verdad?" }

prompt "q34" { topic = I, text = "¿Qué señales me dicen que debo pedir ayuda ya?" }
prompt "q35" { topic = I, text = "¿A quién puedo llamar si tengo preguntas antes de mi próxima visita?" }
prompt "q36" { topic = I, text = "¿Qué debo hacer antes de nuestra próxima cita?" }
prompt "q37" { topic = I, text = "¿Me puede escribir lo más importante?" }

scene "my_questions" {
  say "Ahora hagamos una lista de preguntas. Su profesional de salud las agradece.",
  say "Toque las preguntas que le importen. También puede escribir hasta 3 suyas.",
  pick_prompts { max = 5, typed = 3 },
  go = "my_list",
}
