-- Same work as defer_closure.go. Lua has no defer: step creates the same
-- closure over x and r, sets r as Go's return statement does, calls the
-- closure, and returns r.
local function step(x)
  local r
  local f = function()
    r = r * 3 + (x & 7)
  end
  r = (x ~ 5) & 1023
  f()
  return r
end

local sum = 0
for i = 0, 4999999 do
  sum = sum + step(i)
end
print(sum)
