-- clinic_combos.lua -- the combination rules of CONTENT.md 1.2: flags that combine raise the
-- level (two urgent rules and six "today" rules), and a single item does not.
include "helpers_clinic.lua"

local BACK, NECK, KNEE = { "My back" }, { "My neck" }, { "My leg, hip or knee" }

-- Urgent combinations: the urgent screen comes as soon as the second answer is given.
local URGENT = {
  { "both legs + weakness", BACK, { rf05_both_legs = "Yes", rf06_weak = "Yes" }, "rf06_weak",
    "both legs and about weakness or numbness" },
  { "cancer + both legs", BACK, { rf05_both_legs = "Yes", rf08_cancer = "Yes" }, "rf08_cancer", "You told us you have had cancer, and one more sign." },
  { "cancer + weakness", NECK, { rf06_weak = "Yes", rf06_worse = "No", rf08_cancer = "Yes" }, "rf08_cancer", "You told us you have had cancer, and one more sign." },
  { "cancer + clumsy hands", NECK, { rf07_clumsy = "Yes", rf08_cancer = "Not sure" }, "rf07_clumsy", "You told us you have had cancer, and one more sign." },
  -- RF-07 is asked of everyone after "yes" to cancer, not only of neck patients.
  { "cancer + unsteady walking, knee", KNEE, { rf08_cancer = "Yes", rf07_clumsy = "Yes" }, "rf07_clumsy", "You told us you have had cancer, and one more sign." },
}
for _, c in ipairs(URGENT) do
  log("combination, urgent: " .. c[1])
  safety(c[2], c[3], c[4])
  expect_screen "urgent"
  expect(c[5])
  told_staff()
end

-- Today combinations: each line under "Please tell the staff today".
local FEVER_RISK = "Two of my answers together need a check today."
local NIGHT = "Two of my answers together need a check today."
local AGE = "Some of my answers together need a check today."
local CANCER_GROUP = "I said yes to more than one safety question."
local BONES = "I said yes to more than one question about my bones."
local INFECTION = "I said yes to more than one question about infection."

-- The patient words of the single flags, as the combinations name them.
local W = {
  rf08 = "I have had cancer", rf09 = "I have lost weight without trying",
  rf10 = "My pain is bad at night, even when I lie still, and nothing helps",
  rf11 = "I am 50 or older, and this is a new kind of pain for me",
  rf13 = "I have something in my health history to tell my clinician about",
  rf14 = "It is harder for my body to fight germs",
  rf15 = "In the last 3 months, I have had a bad infection. Or I have had an operation or injection in my spine",
  rf16 = "My pain started after a big accident",
  rf16_minor = "My pain started after a small fall, like a trip or a slip",
  rf17 = "I have weak or thin bones, or I have broken a bone from a small fall",
  rf18 = "I have taken steroid tablets for 3 months or more",
  rf25 = "My pain is getting worse week by week, even with rest and treatment",
}
-- "A, B, and C" as the list joins them: a capital lowered after the first, unless "I ...".
local function joined(...)
  local parts = { ... }
  for i = 2, #parts do
    parts[i] = parts[i]:gsub("^(%u)(%l)", function(a, b) return a:lower() .. b end)
  end
  if #parts == 1 then return parts[1] end
  return table.concat(parts, ", ", 1, #parts - 1) .. ", and " .. parts[#parts]
end

-- name, areas, answers, the combination's words, the answers it must name (flag ids; the
-- line reads "words (A, and B)"), and each of them must not be on a line of its own.
local TODAY_CASES = {
  { "fever + drugs", KNEE, { rf12_fever = "Yes", rf13_drugs = "Yes" }, FEVER_RISK,
    "(I have had a fever, chills or night sweats, or felt very unwell, and I have something in my health history" },
  { "fever + immunity", KNEE, { rf12_fever = "Yes", rf14_immune = "Yes" }, FEVER_RISK, "and it is harder for my body to fight germs)" },
  { "fever + recent spine", KNEE, { rf12_fever = "Not sure", rf15_recent = "Yes" }, FEVER_RISK, "the last 3 months, I have had a bad infection" },
  -- these name the answers that combined, and do not repeat them lower down
  { "night + cancer", BACK, { rf08_cancer = "Yes", rf10_night = "Yes" }, NIGHT,
    "(My pain is bad at night, even when I lie still, and nothing helps, and I have had cancer)" },
  { "night + weight", NECK, { rf09_weight = "Yes", rf10_night = "Yes" }, NIGHT, "and I have lost weight without trying)" },
  { "night + fever", BACK, { rf12_fever = "Yes", rf10_night = "Yes" }, NIGHT, "and I have had a fever, chills or night sweats" },
  { "age + cancer", BACK, { rf08_cancer = "Yes", age = "50 to 64", rf11_new = "Yes" }, AGE, nil, { "rf11", "rf08" } },
  { "age + weight", BACK, { rf09_weight = "Yes", age = "50 to 64", rf11_new = "Yes" }, AGE, nil, { "rf11", "rf09" } },
  { "age + accident", NECK, { rf16_accident = "Yes", age = "50 to 64", rf11_new = "Yes" }, AGE, nil, { "rf11", "rf16" } },
  { "age + steroids", BACK, { rf18_steroids = "Yes", age = "50 to 64", rf11_new = "Yes" }, AGE, nil, { "rf11", "rf18" } },
  { "age + worse", BACK, { age = "50 to 64", rf11_new = "Yes", rf25_worse = "Yes" }, AGE, nil, { "rf11", "rf25" } },
  { "age + smaller fall", BACK, { age = "50 to 64", rf11_new = "Yes", rf16_minor = "Yes" }, AGE, nil, { "rf11", "rf16_minor" } },
  { "fracture group: age + smaller fall", NECK, { age = "50 to 64", rf11_new = "Yes", rf16_minor = "Yes" }, BONES, nil, { "rf11", "rf16_minor" } },
  { "cancer group: night + worse", BACK, { rf10_night = "Yes", rf25_worse = "Yes" }, CANCER_GROUP, nil, { "rf10", "rf25" } },
  { "cancer group: night + age", NECK, { rf10_night = "Yes", age = "50 to 64", rf11_new = "Yes" }, CANCER_GROUP, nil, { "rf10", "rf11" } },
  { "fracture group: age + bones", NECK, { rf17_bones = "Yes", age = "50 to 64", rf11_new = "Yes" }, BONES, nil, { "rf11", "rf17" } },
  { "infection group: immunity + recent", KNEE, { rf14_immune = "Yes", rf15_recent = "Yes" }, INFECTION, nil, { "rf14", "rf15" } },
  { "infection group: drugs + immunity", KNEE, { rf13_drugs = "Yes", rf14_immune = "Yes" }, INFECTION, nil, { "rf13", "rf14" } },
  { "infection group: night + drugs", BACK, { rf13_drugs = "Yes", rf10_night = "Yes" }, INFECTION, nil, { "rf10", "rf13" } },
  { "infection group: three at once", KNEE, { rf13_drugs = "Yes", rf14_immune = "Yes", rf15_recent = "Yes" }, INFECTION, nil, { "rf13", "rf14", "rf15" } },
}
for _, c in ipairs(TODAY_CASES) do
  log("combination, today: " .. c[1])
  safety(c[2], c[3])
  expect_screen "scene"
  assert(contains(section(TODAY), c[4]), c[1] .. ": '" .. c[4] .. "' not under today")
  if c[5] then
    assert(contains(section(TODAY), c[5]), c[1] .. ": the answers that combined are not named")
    assert(not contains(section(MENTION), "My pain is bad at night"), c[1] .. ": repeated lower down")
    local _, n = section(TODAY):gsub("I have had a fever, chills", "")
    assert(n <= 1, c[1] .. ": the fever line is repeated")
  end
  if c[6] then
    local words = {}
    for i, id in ipairs(c[6]) do words[i] = W[id] end
    local line = c[4] .. " (" .. joined(table.unpack(words)) .. ")"
    assert(contains(section(TODAY), line), c[1] .. ": not named as '" .. line .. "'\n" .. list())
    for _, w in ipairs(words) do
      assert(not contains(list(), "\n- " .. w .. ".\n"), c[1] .. ": '" .. w .. "' repeated lower down")
    end
  end
  expect "Some of your answers need a check today."
  tap "Start over"
end

-- In Spanish: the same rules name the answers in Spanish, joined by " y ".
local TODAY_ES = "Dígalo hoy al personal"
local ES_CASES = {
  { "noche + cáncer", BACK, { rf08_cancer = "Yes", rf10_night = "Yes" },
    "Dos de mis respuestas juntas necesitan una revisión hoy. (Mi dolor es fuerte por la noche, aunque no me mueva, y no mejora con nada y he tenido cáncer)",
    { "Mi dolor es fuerte por la noche, aunque no me mueva, y no mejora con nada.", "He tenido cáncer." } },
  { "edad + peso", BACK, { rf09_weight = "Yes", age = "50 to 64", rf11_new = "Yes" },
    "Algunas de mis respuestas juntas necesitan una revisión hoy. (Tengo 50 años o más, y este tipo de dolor es nuevo para mí y he perdido peso sin intentarlo)",
    { "Tengo 50 años o más, y este tipo de dolor es nuevo para mí.", "He perdido peso sin intentarlo." } },
  { "grupo cáncer: noche + a peor", BACK, { rf10_night = "Yes", rf25_worse = "Yes" },
    "He dicho que sí a más de una pregunta de seguridad. (Mi dolor es fuerte por la noche, aunque no me mueva, y no mejora con nada y mi dolor va a peor semana a semana, aunque descanse y siga un tratamiento)",
    { "Mi dolor va a peor semana a semana, aunque descanse y siga un tratamiento." } },
  { "grupo huesos: edad + huesos", NECK, { rf17_bones = "Yes", age = "50 to 64", rf11_new = "Yes" },
    "He dicho que sí a más de una pregunta sobre mis huesos. (Tengo 50 años o más, y este tipo de dolor es nuevo para mí y tengo los huesos débiles o finos, o me he roto un hueso en una caída leve)",
    { "Tengo los huesos débiles o finos, o me he roto un hueso en una caída leve." } },
  { "grupo infección: drogas + defensas", KNEE, { rf13_drugs = "Yes", rf14_immune = "Yes" },
    "He dicho que sí a más de una pregunta sobre infecciones. (Hay algo de mi historia de salud que quiero contar a mi profesional de salud y a mi cuerpo le cuesta más defenderse de los microbios)",
    { "A mi cuerpo le cuesta más defenderse de los microbios." } },
}
for _, c in ipairs(ES_CASES) do
  log("combinación, hoy: " .. c[1])
  safety_es(c[2], c[3])
  expect_screen "scene"
  assert(contains(section(TODAY_ES), c[4]), c[1] .. ": no nombra las respuestas\n" .. list())
  for _, w in ipairs(c[5]) do
    assert(not contains(list(), "\n- " .. w .. "\n"), c[1] .. ": '" .. w .. "' se repite más abajo")
  end
  tap "Empezar de nuevo"
end

-- RF-07 is not asked of a knee patient who never had cancer.
log("no clumsy-hands question for a knee patient without cancer")
safety(KNEE, {}, "rf08_cancer")
expect "This pain started after a big accident"  -- the bones group comes next
expect_not "Have your hands become clumsy"
tap "Start over"

-- One item alone combines with nothing.
local SINGLE = {
  { "immunity alone", KNEE, { rf14_immune = "Yes" } },
  { "night alone", BACK, { rf10_night = "Yes" } },
  { "age alone", BACK, { age = "50 to 64", rf11_new = "Yes" } },
  { "65 or older alone", BACK, { age = "65 or older" } },
  { "fever alone", KNEE, { rf12_fever = "Yes" } },
  { "both legs alone", BACK, { rf05_both_legs = "Yes" } },
}
for _, c in ipairs(SINGLE) do
  log("no combination: " .. c[1])
  safety(c[2], c[3])
  expect_screen "scene"
  local today = section(TODAY)
  for _, line in ipairs { FEVER_RISK, NIGHT, AGE, CANCER_GROUP, BONES, INFECTION } do
    assert(not contains(today, line), c[1] .. ": raised '" .. line .. "'")
  end
  if today == "" then expect_not "Some of your answers need a check today." end
  tap "Start over"
end
