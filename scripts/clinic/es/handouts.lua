-- handouts.lua -- tres hojas impresas (una página A4 cada una) que el personal puede imprimir,
-- y que el paciente puede pedir al final. Escritas a partir de CONTENT.md sección 2 (mensajes
-- M1-M15, las metáforas de 2.1) y el mensaje de seguridad de 1.4, con nuestras palabras: nada
-- está copiado de una guía, un libro o una web. No se usan las expresiones a evitar (2.2).
-- Un texto que empieza por "## " es un título. Palabras sencillas (CONTENT.md 6.1). Trato de
-- "usted", como el resto del paquete. Mismos ids que ../en/handouts.lua.
-- Contenido clínico: AÚN NO REVISADO.

-- M1-M6, M14, M15: qué es el dolor, la alarma (M4), el volumen (M5), peligro y seguridad (M6).
handout "how_pain_works" {
  title = "Cómo funciona el dolor",
  text = {
    "Vivir con dolor puede ser duro. Esta hoja explica qué es el dolor, y por qué puede durar.",
    "## Su dolor es real",
    "El dolor es siempre una experiencia real. Le creemos. Su dolor no es inventado, y no es culpa suya.",
    "## El dolor es un protector",
    "El dolor es la forma en que su cuerpo le pide que se proteja. Es un aviso. No mide cuánto daño hay.",
    "Por eso, que duela no siempre significa que haya daño. Puede tener mucho dolor con poco daño. También puede tener daño con poco dolor. Un corte con un papel puede doler mucho. Algunas personas se rompen un hueso y casi no lo notan al principio.",
    "## Una alarma que se vuelve muy sensible",
    "Sus nervios funcionan como una alarma. Después de una lesión, o cuando el dolor dura mucho, la alarma puede quedarse en alerta. Entonces puede sonar por cosas pequeñas.",
    "Piense en una alarma de humo que suena cuando tuesta pan. El ruido es real, y es fuerte. Pero no siempre quiere decir que haya fuego.",
    "## El volumen del dolor",
    "Muchas cosas suben o bajan el dolor, como el volumen de una radio. Dormir mal, el estrés, la preocupación y el ánimo bajo pueden subirlo. También lo que ha vivido antes, lo que cree que le pasa, y cómo reaccionan las personas que le rodean.",
    "Dormir bien, sentirse en calma y el apoyo de otros pueden ayudar a bajarlo. Esto pasa con el dolor de todas las personas.",
    "## Señales de peligro y señales de seguridad",
    "Su cerebro siempre compara las señales de peligro con las de seguridad. Cuando ve más peligro, puede subir el dolor. Cuando ve más seguridad, puede bajarlo.",
    "Son señales de seguridad saber qué le pasa, sentir que tiene el control, y hacer cosas que le gustan.",
    "## Su sistema nervioso puede cambiar",
    "Su sistema nervioso aprendió a protegerle. También puede aprender a calmarse. Como ponerse en forma, esto lleva tiempo y práctica. Ayudan el movimiento suave, dormir bien, el apoyo de otros y saber más sobre el dolor.",
    "Aprender sobre el dolor es parte del tratamiento. Funciona mejor junto con el ejercicio y el cuidado que le da su profesional de salud.",
    "## No tiene que pasar por esto a solas",
    "Muchas personas viven con un dolor que dura. Muchas notan que, con el tiempo, su dolor se vuelve menos sensible y pueden hacer más cosas. Su profesional de salud está aquí para ayudarle. Pregúntele todo lo que le preocupe.",
  },
}

-- M7 (Brinjikji et al. 2015: disco abultado en el 30 % de las personas sin dolor a los 20 años,
-- 84 % a los 80; "degeneración" del disco 37 % a los 20, 96 % a los 80; nota de honestidad: por
-- debajo de 50 años algunos hallazgos son algo más comunes en personas con dolor de espalda),
-- M8 (NICE NG59, ACP, Choosing Wisely), preguntas q07-q10.
handout "scans" {
  title = "Pruebas de imagen: lo que muestran y lo que no",
  text = {
    "Muchas personas con dolor quieren una prueba de imagen. Puede ser una radiografía o una resonancia. Es normal querer una. Esta hoja explica lo que una prueba puede decirle, y lo que no.",
    "## Las pruebas suelen mostrar cambios en personas sin dolor",
    "Los expertos han visto las pruebas de miles de personas sin ningún dolor de espalda. Aun así, muchas de ellas tenían cambios.",
    "A los 20 años, unas 3 de cada 10 tenían un disco abultado. A los 80 años, más de 8 de cada 10.",
    "Los informes también usan mucho la palabra \"degeneración\". A los 20 años, unas 4 de cada 10 de estas personas la tenían. A los 80 años, casi todas.",
    "Recuerde que nadie en este grupo tenía dolor de espalda.",
    "## Las palabras del informe pueden asustar",
    "Los informes usan palabras como \"degeneración\". Estas palabras pueden asustar. Pero casi siempre hablan de cambios normales de la edad. Son como las canas o las arrugas de la piel. Son parte normal de hacerse mayor.",
    "## Qué significa para usted lo que sale en la prueba",
    "Lo que sale en una prueba casi nunca explica su dolor por sí solo. Para ser sinceros, algunos cambios son un poco más comunes en personas con dolor de espalda. Esto pasa sobre todo en menores de 50 años. Pero muchas personas con los mismos cambios no tienen ningún dolor.",
    "Por eso, su profesional de salud mira el conjunto. Esto incluye su historia, cómo se mueve, y qué mejora o empeora su dolor.",
    "## No siempre hace falta una prueba",
    "En la mayoría de los dolores de espalda, la prueba no cambia el tratamiento. Las guías aconsejan una prueba si hay señales de alarma de algo grave. También la aconsejan si el resultado cambiaría lo que usted y su profesional de salud van a hacer. Su profesional verá si hay señales de alarma. Y le dirá si necesita una prueba.",
    "## Lo malo de una prueba que no necesita",
    "Una prueba puede mostrar cambios normales que dan miedo. Esto puede darle más miedo a moverse. También puede llevar a más pruebas, más esperas, y tratamientos que quizá no le ayuden.",
    "## Preguntas que puede hacer sobre una prueba",
    "¿Necesito una prueba? ¿Qué cambiaría el resultado en mi tratamiento?",
    "¿Me puede explicar con palabras sencillas lo que dice el informe?",
    "¿Estos cambios son comunes en personas de mi edad sin dolor?",
    "¿Qué tiene de malo hacerme una prueba que no necesito?",
  },
}

-- M10-M12 (NICE NG59; Qaseem et al. 2017; el círculo del miedo y la evitación, Vlaeyen y
-- Linton 2000; crisis, O'Sullivan et al. 2020), dosificar la actividad (consenso clínico), y el
-- mensaje de seguridad de CONTENT.md 1.4. El número de emergencias va escrito con palabras y no
-- como {emergency}, para que la hoja se lea bien aunque se imprima tal cual.
handout "keep_moving" {
  title = "Seguir en movimiento",
  text = {
    "Moverse puede dar miedo cuando tiene dolor. Pero el movimiento suave y frecuente es seguro para casi todas las personas. Es una de las formas principales de ayudar a que el dolor mejore.",
    "## Empiece con poco y aumente poco a poco",
    "Elija algo que pueda hacer incluso en un mal día, como un paseo corto. Haga un poco, a menudo. Luego aumente un poco cada vez. Los pasos pequeños suman.",
    "## ¿Cuánto dolor está bien?",
    "Es normal notar algo de molestia cuando empieza a moverse más. Un poco de dolor suele estar bien, si luego se calma. No quiere decir que se esté haciendo daño.",
    "Si el dolor empeora mucho y no se calma, haga un poco menos la próxima vez. Su profesional de salud le ayudará a encontrar la cantidad justa.",
    "## Por qué evitar el movimiento puede mantener el dolor",
    "Cuando un movimiento duele, es natural tenerle miedo y dejar de hacerlo. Pero con el tiempo, el cuerpo se vuelve más rígido y más débil. La alarma se vuelve más sensible. Entonces duelen más cosas, y el miedo crece.",
    "Volver a hacer las cosas paso a paso rompe este círculo. Además, le da confianza.",
    "## Reparta su actividad: evite el todo o nada",
    "En un buen día, es tentador hacer mucho. Luego el dolor sube, y necesita días para recuperarse. Es el ciclo de hacer de más y luego pagarlo.",
    "En su lugar, intente hacer más o menos lo mismo cada día, en los días buenos y en los malos. Haga pausas cortas antes de que el dolor suba. Luego, poco a poco, haga un poco más.",
    "## Las crisis de dolor ocurren, y suelen calmarse",
    "En una crisis, el dolor empeora durante un tiempo. Suele ser su alarma que sube, no un daño nuevo. Ayuda tener un plan.",
    "Baje un poco el ritmo, pero siga moviéndose con suavidad. Use calor o frío si le ayuda. Cuide su sueño. Cuando el dolor se calme, vuelva a sus actividades de siempre paso a paso. Su profesional de salud puede ayudarle a hacer su propio plan.",
    "## Cuándo buscar ayuda enseguida",
    "Busque ayuda enseguida si empieza a notar algo de esto:",
    "La zona entre las piernas o alrededor de las nalgas dormida, y es algo nuevo.",
    "Problemas nuevos para orinar, o se le escapa la orina o las heces.",
    "Debilidad nueva en las piernas, que va a peor.",
    "Dolor, hormigueo o zonas dormidas en las dos piernas.",
    "Si pasa esto, vaya a urgencias ahora. O llame al número de emergencias de su zona. No espere a su próxima cita.",
  },
}
