-- wrk script of benchmarks/load: one request shape for the whole run, closed loop (each connection sends its
-- next request when the answer to the last one has arrived).
--
-- Arguments after "--": method path expected-status run-tag [header-file [body-file]]
--   header-file: one "Name: value" per line (tokens are passed in a file, not on the command line)
--   a header or body holding {uniq} gets a value unique to this server run in every request (request ids,
--   new system ids): 12 hex digits, from the run tag (0-255), the thread (0-255) and a counter.
--   a body file holding several bodies, each ended by a line "---", is sent one body after the other.
-- Prints one line "WRK key=value ..." (latencies in microseconds) for the harness to read.

local threads = {}
local thread_count = 0

function setup(thread)
   thread:set("thread_id", thread_count)
   thread_count = thread_count + 1
   table.insert(threads, thread)
end

local function read_file(name)
   local file = assert(io.open(name, "rb"))
   local text = file:read("*a")
   file:close()
   return text
end

unexpected = 0
expected = 0 -- global: done() runs in the main state and reads it from a thread

function init(args)
   wrk.method = args[1]
   wrk.path = args[2]
   expected = tonumber(args[3])
   local run_tag = tonumber(args[4])
   if args[5] and args[5] ~= "" then
      for line in read_file(args[5]):gmatch("[^\r\n]+") do
         local name, value = line:match("^([^:]+):%s*(.*)$")
         wrk.headers[name] = value
      end
   end
   local bodies = {}
   if args[6] and args[6] ~= "" then
      wrk.body = read_file(args[6])
      for body in wrk.body:gmatch("(.-)\n%-%-%-\n") do
         table.insert(bodies, body)
      end
      if #bodies > 0 then
         wrk.body = bodies[1]
      end
   end

   local dynamic = (wrk.body or ""):find("{uniq}", 1, true) or #bodies > 1
   for _, value in pairs(wrk.headers) do
      dynamic = dynamic or tostring(value):find("{uniq}", 1, true)
   end
   if dynamic then
      local counter = 0
      function request()
         counter = counter + 1
         local uniq = string.format("%02x%02x%08x", run_tag % 256, thread_id % 256, counter)
         local headers = {}
         for name, value in pairs(wrk.headers) do
            headers[name] = tostring(value):gsub("{uniq}", uniq) -- wrk.format sets Content-Length again
         end
         local body = #bodies > 1 and bodies[counter % #bodies + 1] or wrk.body
         body = body and body:gsub("{uniq}", uniq) or nil
         return wrk.format(nil, nil, headers, body)
      end
   end

   -- wrk counts statuses above 399 as errors itself; only an expected error status needs counting here
   -- (reading each response in Lua costs the load generator time).
   if expected >= 400 then
      function response(status, headers, body)
         if status ~= expected then
            unexpected = unexpected + 1
         end
      end
   end
end

function done(summary, latency, requests)
   local unexpected_total = 0
   for _, thread in ipairs(threads) do
      unexpected_total = unexpected_total + (thread:get("unexpected") or 0)
   end
   local status_errors = summary.errors.status
   if threads[1]:get("expected") >= 400 then
      status_errors = unexpected_total
   end
   io.write(string.format(
      "WRK requests=%d duration_us=%d bytes=%d connect=%d read=%d write=%d timeout=%d status=%d"
         .. " p50=%d p99=%d p999=%d mean=%.1f max=%d\n",
      summary.requests, summary.duration, summary.bytes, summary.errors.connect, summary.errors.read,
      summary.errors.write, summary.errors.timeout, status_errors,
      latency:percentile(50), latency:percentile(99), latency:percentile(99.9), latency.mean, latency.max))
end
