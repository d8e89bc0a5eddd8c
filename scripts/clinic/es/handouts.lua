-- handouts.lua -- tres hojas impresas que el personal puede imprimir, y que el paciente puede
-- pedir al final. Cada una cabe en una página A4 tal como la compone el quiosco (texto de 15 pt,
-- títulos de 18 pt): unas 250 palabras, así que al editar no la alargue. Escritas a partir de
-- CONTENT.md sección 2 (mensajes M1-M15, las metáforas de 2.1) y el mensaje de seguridad de 1.4,
-- con nuestras palabras: nada está copiado de una guía, un libro o una web. No se usan las
-- expresiones a evitar (CONTENT.md 2.2). Un texto que empieza por "## " es un título. Palabras
-- sencillas: cada párrafo como mucho de nivel 8, la media como mucho de nivel 6 (CONTENT.md
-- 6.1). Trato de "usted", como el resto del paquete. Mismos ids que ../en/handouts.lua.
-- Contenido clínico: AÚN NO REVISADO.

-- M1-M6, M14, M15: el dolor es real, un protector (M2, M3), la alarma (M4), el volumen (M5),
-- peligro y seguridad (M6), aprender y cambiar (M14, M15).
handout "how_pain_works" {
  title = "Cómo funciona el dolor",
  text = {
    "Su dolor es real, y le creemos. No es culpa suya.",
    "## El dolor es un protector",
    "El dolor es un aviso para que se proteja. No mide el daño. Que duela no siempre significa que haya daño. Un corte con un papel duele mucho. Un hueso roto a veces casi no duele al principio.",
    "## Una alarma que se vuelve muy sensible",
    "Sus nervios funcionan como una alarma. Tras una lesión, o si el dolor dura mucho, la alarma puede quedarse en alerta. Entonces suena por cosas pequeñas, como una alarma de humo que suena al tostar pan.",
    "## El volumen del dolor",
    "Muchas cosas suben o bajan el dolor, como el volumen de una radio. Lo suben dormir mal, el estrés, la preocupación y el ánimo bajo. También lo que ha vivido, lo que cree que le pasa, y cómo reaccionan los demás.",
    "Su cerebro también compara el peligro y la seguridad. Las señales de seguridad ayudan a bajar el dolor. Por ejemplo: el apoyo de otros, saber qué le pasa, y hacer cosas que le gustan.",
    "## Su sistema nervioso puede cambiar",
    "Su sistema nervioso aprendió a protegerle. También puede aprender a calmarse, con tiempo. Ayudan el movimiento, el sueño y el apoyo. Aprender sobre el dolor ayuda más junto con el ejercicio.",
    "No tiene que pasar por esto a solas. En muchas personas, el dolor se vuelve menos sensible con el tiempo. Pregúntenos lo que le preocupe.",
  },
}

-- M7 (Brinjikji et al. 2015, personas sin dolor de espalda: disco abultado en el 30 % a los 20
-- años, 84 % a los 80; "degeneración" del disco 37 % a los 20, 96 % a los 80; nota de
-- honestidad: por debajo de 50 años algunos hallazgos son algo más comunes en personas con
-- dolor de espalda), M8 (NICE NG59, ACP, Choosing Wisely), y las preguntas q07, q08, q09 de
-- questions.lua.
handout "scans" {
  title = "Qué muestran las pruebas de imagen",
  text = {
    "Es normal querer una prueba de imagen. Pero una prueba no siempre muestra por qué le duele.",
    "## Los cambios son comunes en personas sin dolor",
    "Se han estudiado pruebas de miles de personas sin dolor de espalda. A los 20 años, unas 3 de cada 10 tenían un disco abultado. A los 80, más de 8 de cada 10.",
    "Los informes también usan mucho la palabra \"degeneración\". A los 20 años, unas 4 de cada 10 de estas personas la tenían. A los 80, casi todas. Casi siempre son cambios normales de la edad, como las canas.",
    "Por eso, lo que sale en una prueba rara vez explica su dolor. Para ser sinceros, en menores de 50 años algunos cambios son algo más comunes con dolor. Pero muchas personas los tienen sin dolor.",
    "## No siempre hace falta una prueba",
    "En la mayoría de los dolores de espalda, la prueba no cambia el tratamiento. Las guías la aconsejan si hay señales de algo grave. También si el resultado cambiaría su tratamiento.",
    "Una prueba que no necesita puede mostrar cambios normales que asustan. Esto puede darle miedo a moverse, y llevar a más pruebas y tratamientos que quizá no ayuden.",
    "## Preguntas que puede hacer",
    "¿Necesito una prueba? ¿Qué cambiaría el resultado?",
    "¿Me puede explicar las palabras del informe?",
    "¿Estos cambios son comunes en personas de mi edad sin dolor?",
  },
}

-- M10-M12 (NICE NG59; Qaseem et al. 2017; el círculo del miedo y la evitación, Vlaeyen y
-- Linton 2000; crisis, O'Sullivan et al. 2020), repartir la actividad (consenso clínico), y el
-- mensaje de seguridad de CONTENT.md 1.4. El número de emergencias va escrito con palabras y no
-- como {emergency}, para que la hoja se lea bien tanto si se rellenan los huecos como si no.
handout "keep_moving" {
  title = "Seguir en movimiento",
  text = {
    "El movimiento suave es seguro para casi todas las personas, y ayuda. Empiece con poco, como un paseo corto, y aumente poco a poco.",
    "## ¿Cuánto dolor está bien?",
    "Un poco de dolor al moverse más suele estar bien, si luego se calma. No quiere decir que haya daño. Si el dolor empeora mucho y no se calma, haga menos la próxima vez. Su profesional de salud le guiará.",
    "Es natural temer lo que duele y dejarlo. Pero evitar el movimiento puede mantener el dolor. El cuerpo se vuelve más rígido y débil, y la alarma más sensible. Volver paso a paso rompe este círculo.",
    "## Repartir la actividad y las crisis de dolor",
    "Intente no hacer mucho en los días buenos y pagarlo después. Es el ciclo de todo o nada. Mejor haga más o menos lo mismo cada día, con pausas.",
    "Las crisis ocurren, y suelen calmarse. Casi siempre son su alarma que sube, no un daño nuevo. Baje algo el ritmo, pero siga moviéndose. El calor, el frío y dormir bien pueden ayudar. Luego vuelva poco a poco.",
    "## Busque ayuda enseguida si empieza a notar esto",
    "La zona entre las piernas o las nalgas dormida, y es algo nuevo.",
    "Problemas nuevos para orinar, o se le escapa la orina o las heces.",
    "Debilidad nueva en las piernas, que va a peor.",
    "Dolor, hormigueo o zonas dormidas en las dos piernas.",
    "Si pasa esto, vaya a urgencias ahora. O llame al número de emergencias de su zona. No espere a su próxima cita.",
  },
}
