-- Same work as ifacecalls.go: method calls through metatables.
local Rect = {}
Rect.__index = Rect
function Rect.new(w, h) return setmetatable({w = w, h = h}, Rect) end
function Rect:area() return self.w * self.h end
function Rect:scale(k) self.w = self.w * k end

local Square = {}
Square.__index = Square
function Square.new(s) return setmetatable({s = s}, Square) end
function Square:area() return self.s * self.s end
function Square:scale(k) self.s = self.s * k end

local shapes = {Rect.new(2, 3), Square.new(4)}
local total = 0
for i = 0, 4999999 do
  local s = shapes[(i & 1) + 1]
  total = total + s:area()
  if i % 1000000 == 0 then s:scale(1) end
end
print(total)
