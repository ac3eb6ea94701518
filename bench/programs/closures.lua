-- Same work as closures.go.
local function counter()
  local n = 0
  return function() n = n + 1; return n end, function(d) n = n + d end
end

local function apply(f, x) return f(x) end

local total = 0
for i = 0, 299999 do
  local nxt, add = counter()
  add(i)
  nxt()
  total = total + nxt()
end
local k = 3
local scale = function(x) return x * k end
for i = 0, 2999999 do
  total = total + (apply(scale, i) & 7)
end
print(total)
