-- wrk script of benchmarks/load: a fixed request rate (open loop), for latency at a given throughput.
-- Run with as many connections as threads (wrk -tN -cN): each thread then owns one connection and sends on
-- its own schedule.
--
-- Arguments after "--": method path expected-status rate-per-thread [header-file]
-- The latency of a request counts from the moment it was due, not from when it could be sent: when a slow
-- answer holds the connection past the next request's time, that wait is part of the next request's latency
-- (no coordinated omission). When the connection is free, the request waits for its time and its latency
-- counts from its sending (wrk's delay() has a whole-millisecond timer, which is not the server's doing).
-- Prints one line "RATE key=value ..." (latencies in microseconds) for the harness to read.

local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock, bench_timespec *now);
]]
local clock = ffi.new("bench_timespec")
local function now_us()
   ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
   return tonumber(clock.tv_sec) * 1e6 + tonumber(clock.tv_nsec) / 1e3
end

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

latencies = {}
late = 0
unexpected = 0
local interval_us, expected
local next_due, due, waited, sent_at

function init(args)
   wrk.method = args[1]
   wrk.path = args[2]
   expected = tonumber(args[3])
   interval_us = 1e6 / tonumber(args[4])
   if args[5] and args[5] ~= "" then
      local file = assert(io.open(args[5], "rb"))
      for line in file:read("*a"):gmatch("[^\r\n]+") do
         local name, value = line:match("^([^:]+):%s*(.*)$")
         wrk.headers[name] = value
      end
      file:close()
   end
end

function delay()
   local now = now_us()
   if next_due == nil then
      -- threads start a little apart; spread their first requests over one interval
      next_due = now + math.random() * interval_us
   end
   due = next_due
   next_due = next_due + interval_us
   if due > now then
      waited = true
      return math.ceil((due - now) / 1000)
   end
   waited = false
   late = late + 1
   return 0
end

function request()
   sent_at = now_us()
   return wrk.format()
end

function response(status, headers, body)
   local now = now_us()
   if status ~= expected then
      unexpected = unexpected + 1
   end
   local from = waited and sent_at or due
   latencies[#latencies + 1] = now - from
end

function done(summary, latency, requests)
   local all = {}
   local late_total, unexpected_total = 0, 0
   for _, thread in ipairs(threads) do
      for _, value in ipairs(thread:get("latencies")) do
         all[#all + 1] = value
      end
      late_total = late_total + thread:get("late")
      unexpected_total = unexpected_total + thread:get("unexpected")
   end
   table.sort(all)
   local function percentile(p)
      if #all == 0 then
         return 0
      end
      return all[math.max(1, math.ceil(#all * p / 100))]
   end
   io.write(string.format(
      "RATE requests=%d duration_us=%d connect=%d read=%d write=%d timeout=%d status=%d late=%d"
         .. " p50=%d p99=%d p999=%d max=%d\n",
      #all, summary.duration, summary.errors.connect, summary.errors.read, summary.errors.write,
      summary.errors.timeout, unexpected_total, late_total,
      percentile(50), percentile(99), percentile(99.9), percentile(100)))
end
