#!/usr/bin/python3
"""A wide-area link in front of each lab mirror, for the WAN benchmark.

The kernel here has no sch_netem, so delay and loss are made in user space:
each listening address forwards to one mirror's sshd, and every chunk that
crosses waits half the mirror's round-trip time. A lost packet is a chunk
held back one retransmission timeout (at least 200 ms, as Linux's RTO), with
everything behind it, as TCP delivers in order.

usage: wan-relay.py MAP.json   (a list of {listen, target, port, rttMs, loss})
Prints "ready" once every address listens; runs until killed.
"""
import asyncio
import json
import random
import sys


async def pump(reader, writer, one_way, loss, rto):
    queue = asyncio.Queue()

    async def deliver():
        while True:
            due, data = await queue.get()
            if data is None:
                break
            delay = due - asyncio.get_running_loop().time()
            if delay > 0:
                await asyncio.sleep(delay)
            writer.write(data)
            await writer.drain()
        writer.close()

    sender = asyncio.create_task(deliver())
    loop = asyncio.get_running_loop()
    last_due = 0.0
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            due = loop.time() + one_way
            if random.random() < loss:
                due += rto
            # In order: nothing overtakes a chunk held back.
            last_due = max(last_due, due)
            queue.put_nowait((last_due, data))
    except (ConnectionError, OSError):
        pass
    queue.put_nowait((last_due, None))
    await sender


async def serve(entry):
    one_way = entry["rttMs"] / 2000.0
    rto = max(0.2, entry["rttMs"] / 1000.0)
    loss = entry["loss"]

    async def handle(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection(entry["target"], entry["port"])
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(
            pump(client_reader, server_writer, one_way, loss, rto),
            pump(server_reader, client_writer, one_way, loss, rto),
            return_exceptions=True,
        )

    return await asyncio.start_server(handle, entry["listen"], entry["port"], backlog=256)


async def main():
    random.seed(1)
    with open(sys.argv[1]) as f:
        entries = json.load(f)
    servers = [await serve(e) for e in entries]
    print("ready", flush=True)
    await asyncio.gather(*(s.serve_forever() for s in servers))


asyncio.run(main())
