#!/usr/bin/env node
// A real Bluesky PDS plus an in-memory PLC directory on free loopback ports, for Gloss's tests.
// Run with NODE_PATH=<install.sh's cache>/node_modules (install.sh prints that folder).
// Prints exactly one line on stdout when ready: the PDS URL (http://localhost:PORT). Everything
// else goes to stderr. Exits when stdin closes (so a crashed test never leaves it running), on
// SIGTERM/SIGINT, or after GLOSS_PDS_MAX_SECONDS (default 3600) as a last resort.
// Optional environment: PDS_JWT_SECRET and PDS_ADMIN_PASSWORD (random when unset).
'use strict'

const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const net = require('node:net')
const crypto = require('node:crypto')

// keep stdout for the ready line only
const ready = (line) => process.stdout.write(line + '\n')
console.log = console.info = console.warn = console.error

const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer()
  s.unref()
  s.on('error', reject)
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address()
    s.close(() => resolve(port))
  })
})

async function main () {
  const { Secp256k1Keypair } = require('@atproto/crypto')
  const plc = require('@did-plc/server')
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-pds-'))
  let pds
  let plcServer
  let stopping = false
  const stop = async (code) => {
    if (stopping) return
    stopping = true
    try {
      if (pds) await pds.destroy()
      if (plcServer) await plcServer.destroy()
    } catch (e) {
      console.error('gloss-pds: error while stopping:', e && e.message)
    }
    fs.rmSync(tmp, { recursive: true, force: true })
    process.exit(code)
  }
  process.stdin.on('end', () => stop(0))
  process.stdin.on('close', () => stop(0))
  process.stdin.on('error', () => stop(0))
  process.stdin.resume()
  process.on('SIGTERM', () => stop(0))
  process.on('SIGINT', () => stop(0))
  const maxSeconds = Number(process.env.GLOSS_PDS_MAX_SECONDS || 3600)
  setTimeout(() => { console.error('gloss-pds: time limit reached, stopping'); stop(3) }, maxSeconds * 1000).unref()

  plcServer = plc.PlcServer.create({ db: plc.Database.mock(), port: await freePort() })
  const plcHttp = await plcServer.start()
  const plcUrl = `http://localhost:${plcHttp.address().port}`

  const rotation = await Secp256k1Keypair.create({ exportable: true })
  const port = await freePort()
  const dataDir = path.join(tmp, 'data')
  const blobDir = path.join(tmp, 'blobs')
  fs.mkdirSync(dataDir)
  fs.mkdirSync(blobDir)
  Object.assign(process.env, {
    PDS_HOSTNAME: 'localhost',
    PDS_PORT: String(port),
    PDS_DATA_DIRECTORY: dataDir,
    PDS_BLOBSTORE_DISK_LOCATION: blobDir,
    PDS_JWT_SECRET: process.env.PDS_JWT_SECRET || crypto.randomBytes(16).toString('hex'),
    PDS_ADMIN_PASSWORD: process.env.PDS_ADMIN_PASSWORD || crypto.randomBytes(16).toString('hex'),
    PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: Buffer.from(await rotation.export()).toString('hex'),
    PDS_DID_PLC_URL: plcUrl,
    PDS_DEV_MODE: 'true',
    PDS_INVITE_REQUIRED: 'false',
    PDS_SERVICE_HANDLE_DOMAINS: '.test',
    LOG_ENABLED: process.env.LOG_ENABLED || 'false'
  })
  const { PDS, envToCfg, envToSecrets, readEnv } = require('@atproto/pds')
  const env = readEnv()
  env.version = env.version || require('@atproto/pds/package.json').version
  pds = await PDS.create(envToCfg(env), envToSecrets(env))
  // listen on loopback only
  const listen = pds.app.listen.bind(pds.app)
  pds.app.listen = (p, cb) => listen(p, '127.0.0.1', cb)
  await pds.start()
  ready(`http://localhost:${port}`)
}

main().catch((e) => {
  console.error('gloss-pds: failed to start:', e && e.stack ? e.stack : e)
  process.exit(1)
})
