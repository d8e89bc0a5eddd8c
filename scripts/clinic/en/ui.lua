-- ui.lua -- the engine's own words in English (buttons, titles, the list headings and the
-- safety-net message shown on every list and end screen and printed on every slip).
-- The safety net says "your local emergency number" on purpose: a clinic that wants its
-- own number on screen puts it in the kiosk configuration (safety_net) instead.

ui {
  title = "Getting ready for your appointment",
  start = "Touch to start",
  back = "Back",
  start_over = "Start over",
  larger_text = "Larger text",
  high_contrast = "High contrast",
  language = "Language",
  next = "Next",
  skip = "Skip",
  done = "Done",
  still_here = "I'm still here",
  idle_title = "Are you still there?",
  idle_body = "To keep your answers private, they will be cleared soon.",
  urgent_title = "Please go to the front desk now",
  urgent_body = "Show them this screen. If there is no one at the desk, call your local emergency number.",
  told_staff = "I have told the staff",
  error_title = "Sorry, something went wrong",
  error_body = "Please ask at the front desk. Nothing you told me has been saved.",
  thank_you = "Thank you. We hope your appointment goes well.",
  print = "Print my list",
  printing = "Printing your list ...",
  printed = "Your list is printed. Please take it with you.",
  print_failed = "Sorry, the printer is not working. Please show this screen to your clinician, or ask at the desk.",
  list_questions = "My questions",
  list_notes = "Things I'd like my clinician to know",
  list_flags = "Please show staff before my appointment",
  list_safety = "When to get help straight away",
  type_own = "Type my own question",
  remove = "Remove",
  pick_hint = "Tap a question to add it to your list. Tap it again to take it off.",
  safety_net = "Get help straight away if any of these start. New numbness between your legs or around your bottom. New trouble peeing, or leaking pee or poo. New weakness in your legs that is getting worse. Pain, numbness or pins and needles in both legs. If this happens, go to the emergency department or call your local emergency number. Do not wait for your next appointment.",
}
