-- Same work as defer_loop.go. Lua has no defer: run collects one closure per
-- deferred call in a table and calls them last first before it returns.
local defersPerCall = 1000
local calls = 3000

local acc = 0

local function bump(k)
  acc = (acc * 31 + k) % 1000000007
end

local function run(n, base)
  local deferred = {}
  for i = 0, n - 1 do
    deferred[i + 1] = function() bump(base + i) end
  end
  for j = n, 1, -1 do
    deferred[j]()
  end
end

for c = 0, calls - 1 do
  run(defersPerCall, c)
end
print(acc)
