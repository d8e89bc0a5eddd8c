red_flag "ces" {
  when = any(answered("saddle", "Yes", "Not sure"), none(visited("welcome"))),
  level = "urgent",
  patient = "Please go to the front desk now.",
  clinician = "Possible cauda equina symptoms",
}
red_flag "bad_pain" {
  when = function(p)
    local n = answer("pain_now")
    return n ~= nil and n >= 9 and p.answered("areas", "Back")
  end,
  level = "today",
  patient = "Your pain is very bad today.",
}
prompt "need_scan" { text = "Do I need a scan? Why or why not?", topic = "Scans" }
prompt "move" { text = "Is it safe to move?" }
note "own_words" { text = "In my words: {answer:own}", when = all(answered("own"), at_most("pain_now", 10)) }
