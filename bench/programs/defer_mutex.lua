-- Same work as defer_mutex.go; Lua has no defer, so Add calls lock and
-- unlock explicitly (the result is read before unlocking, as Go's return
-- value is computed before the deferred Unlock runs).
local Mutex = {}
Mutex.__index = Mutex

function Mutex.new() return setmetatable({locked = false, locks = 0}, Mutex) end

function Mutex:lock()
  if self.locked then error("Lock of a locked Mutex") end
  self.locked = true
  self.locks = self.locks + 1
end

function Mutex:unlock()
  if not self.locked then error("Unlock of an unlocked Mutex") end
  self.locked = false
end

local Counter = {}
Counter.__index = Counter

function Counter.new() return setmetatable({mu = Mutex.new(), total = 0}, Counter) end

function Counter:add(x)
  local mu = self.mu
  mu:lock()
  self.total = self.total + (x & 255)
  local r = self.total
  mu:unlock()
  return r
end

local c = Counter.new()
local sum = 0
for i = 0, 4999999 do
  sum = sum ~ c:add(i * 7)
end
print(c.total .. " " .. c.mu.locks .. " " .. tostring(c.mu.locked) .. " " .. sum)
