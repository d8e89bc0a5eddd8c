-- learn.lua -- cómo funciona el dolor: los 15 mensajes clave de CONTENT.md sección 2 (M1-M15),
-- una idea por pantalla, con nuestras palabras. Los dibujos están en assets/pictures/ (propios).
-- No se usan las expresiones a evitar (CONTENT.md 2.2). Contenido clínico: AÚN NO REVISADO.

-- M1
scene "learn_real" {
  say "Su dolor es real.",
  say "El dolor es siempre una experiencia real. Le creemos, y queremos entender su dolor junto con usted.",
  go = "learn_protector",
}

-- M2
scene "learn_protector" {
  say "El dolor es un protector.",
  say "El dolor es la forma en que su cuerpo le pide que se proteja. No mide directamente el daño.",
  go = "learn_hurt_harm",
}

-- M3
scene "learn_hurt_harm" {
  say "Que duela no siempre significa que haya daño.",
  say "Puede tener mucho dolor con poco daño. También puede tener daño con poco dolor.",
  say "Un corte con un papel puede doler mucho. Algunas personas se rompen un hueso y casi no lo notan al principio.",
  go = "learn_alarm",
}

-- M4: el sistema de alarma
scene "learn_alarm" {
  picture "alarm",
  say "Su sistema de alarma puede volverse muy sensible.",
  say "Sus nervios funcionan como una alarma. Después de una lesión, o cuando el dolor dura mucho, la alarma puede quedarse en alerta.",
  say "Entonces puede sonar por cosas pequeñas, como una alarma de humo que suena cuando tuesta pan.",
  go = "learn_volume",
}

-- M5: el control de volumen
scene "learn_volume" {
  picture "volume",
  say "Muchas cosas suben o bajan el dolor, como el volumen de una radio.",
  say "Dormir mal, el estrés, la preocupación y el ánimo bajo pueden subir el dolor.",
  say "También lo que ha vivido antes, lo que cree que le pasa, y cómo reaccionan las personas que le rodean.",
  say "Dormir bien, sentirse a salvo y el apoyo de otros pueden ayudar a bajarlo.",
  go = "learn_balance",
}

-- M6: peligro y seguridad (idea de Butler y Moseley; palabras y dibujo propios)
scene "learn_balance" {
  picture "balance",
  say "Su cerebro compara el peligro y la seguridad.",
  say "Mira las señales de peligro y las de seguridad. Cuando ve más peligro, puede subir el dolor.",
  say "Más señales de seguridad pueden ayudar a bajar el dolor. Por ejemplo: saber qué le pasa, sentir que tiene el control, y hacer cosas que le gustan.",
  go = "learn_scans",
}

-- M7: lo que muestran las pruebas (Brinjikji 2015: disco abultado en 3 de cada 10 personas sin
-- dolor a los 20 años, más de 8 de cada 10 a los 80)
scene "learn_scans" {
  picture "scans_by_age",
  say "Las pruebas de imagen suelen mostrar cambios en personas sin ningún dolor.",
  say "Piense en personas que no tienen dolor de espalda. A los 20 años, unas 3 de cada 10 tienen un disco abultado en la prueba. A los 80 años, más de 8 de cada 10.",
  say "Casi siempre son cambios normales de la edad, como las canas. Lo que sale en una prueba casi nunca explica su dolor por sí solo.",
  go = "learn_scan_needed",
}

-- M8
scene "learn_scan_needed" {
  say "No siempre hace falta una prueba de imagen.",
  say "En la mayoría de los dolores de espalda, la prueba no cambia el tratamiento.",
  say "Los expertos la aconsejan si hay señales de alarma, o si el resultado cambiaría lo que hacemos. Su profesional de salud puede decirle si la necesita.",
  go = "learn_not_dangerous",
}

-- M9
scene "learn_not_dangerous" {
  say "La mayoría de los dolores de espalda no son peligrosos, y casi todos mejoran.",
  say "El dolor de espalda es muy común. Rara vez se debe a una enfermedad grave.",
  say "En algunas personas, el dolor dura o vuelve. Aun así, hay muchas cosas que ayudan.",
  go = "learn_movement",
}

-- M10
scene "learn_movement" {
  picture "steps",
  say "Moverse ayuda.",
  say "El movimiento suave y frecuente y el ejercicio son seguros. Ayudan a casi todas las personas.",
  say "Empiece con poco, y aumente un poco cada vez.",
  go = "learn_avoid",
}

-- M11
scene "learn_avoid" {
  picture "cycle",
  say "Evitar el movimiento puede mantener el dolor.",
  say "Cuando tenemos miedo a un movimiento, lo evitamos. Entonces el cuerpo se vuelve más rígido, más débil y más sensible, y el miedo crece.",
  say "Volver a hacer las cosas paso a paso rompe este círculo, y le da confianza.",
  go = "learn_flare",
}

-- M12
scene "learn_flare" {
  picture "flare",
  say "Las crisis de dolor ocurren, y suelen calmarse.",
  say "Una crisis suele ser su alarma que sube, no un daño nuevo.",
  say "Ayuda tener un plan para las crisis. Su profesional de salud puede ayudarle a hacerlo.",
  go = "learn_sleep",
}

-- M13
scene "learn_sleep" {
  say "El sueño y el dolor se afectan entre sí.",
  say "Una mala noche puede hacerle más sensible al dolor al día siguiente.",
  say "Dormir mejor es parte del tratamiento.",
  go = "learn_learning",
}

-- M14 (honesto con la evidencia: ayuda más junto con ejercicio y terapia manual)
scene "learn_learning" {
  say "Aprender sobre el dolor es parte del tratamiento.",
  say "Saber cómo funciona el dolor puede darle menos miedo, y ayudarle a moverse más.",
  say "Funciona mejor junto con ejercicio y tratamiento con las manos.",
  go = "learn_change",
}

-- M15
scene "learn_change" {
  say "Su sistema nervioso puede cambiar.",
  say "Aprendió a protegerle, y puede aprender a calmarse.",
  say "Con tiempo, movimiento, apoyo y entendiendo mejor el dolor, este suele volverse menos sensible. No tiene que pasar por esto a solas.",
  go = "about_intro",
}
