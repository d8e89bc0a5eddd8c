-- The staff PIN locks after 5 wrong tries, for 30 s, then 60 s after the next wrong one;
-- the right PIN works once the lock is over. (Run with sample_pin_lock.conf.)
local function wrong()
  for _ = 1, 4 do tap "1" end
end
start()
hold "top-left"
expect "Enter the staff PIN"
for _ = 1, 4 do
  wrong()
  expect "That PIN is not right."
end
wrong()                                -- the fifth wrong PIN
expect "Too many wrong PINs: try again in 30 seconds."
assert(not pcall(tap, "2"), "a locked PIN pad must not take digits")
wait(10)
expect "try again in 20 seconds."
wait(20)
expect_not "Too many wrong PINs"
wrong()                                -- the sixth: twice as long
expect "try again in 60 seconds."
wait(59)
expect "try again in 1 seconds."
wait(1)
tap "2" tap "4" tap "6" tap "8"
expect "Reload scripts"               -- the menu opens; the count starts again
