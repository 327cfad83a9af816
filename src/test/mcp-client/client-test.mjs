// eteam's MCP server driven by the official TypeScript MCP SDK, over both transports: `eteam mcp`
// over stdio (StdioClientTransport) and `/mcp` on the server over Streamable HTTP
// (StreamableHTTPClientTransport). Every answer is checked against what the HTTP API answers the
// same person for the same thing, fetched directly with the same token.
//
// Run by McpTypeScriptClientIT, which starts the server, makes the people and seeds blockers:
//   ETEAM_URL                the server, e.g. http://127.0.0.1:7070
//   ETEAM_CHAIR_TOKEN        a chair's token
//   ETEAM_VP_TOKEN           a VP's token, and ETEAM_VP_HANDLE their handle
//   ETEAM_MEMBER_TOKEN       a member's token (role member)
//   ETEAM_DEACTIVATED_TOKEN  the token of a person the chair has deactivated
//   ETEAM_COMMAND            the eteam launcher (target/eteam), started as `ETEAM_COMMAND mcp`
//
// The answers are compared as they are, so the server's clock should stand still while this runs
// (the IT's does): a blocker's working_minutes moves on with a real clock between two requests.
//
// Prints one line per check ("ok - ..." or "FAIL - ..."), then "N passed, N failed"; exits 1 if
// any check failed, 2 if it could not run at all.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const env = {};
for (const name of ['ETEAM_URL', 'ETEAM_CHAIR_TOKEN', 'ETEAM_VP_TOKEN', 'ETEAM_VP_HANDLE', 'ETEAM_MEMBER_TOKEN',
    'ETEAM_DEACTIVATED_TOKEN', 'ETEAM_COMMAND']) {
    if (!process.env[name]) {
        console.error(`client-test: ${name} is not set (see the top of client-test.mjs).`);
        process.exit(2);
    }
    env[name] = process.env[name];
}
const BASE = env.ETEAM_URL.replace(/\/+$/, '');
const VP = env.ETEAM_VP_HANDLE;

const TOOLS = ['whoami', 'list_blockers', 'get_blocker', 'raise_blocker', 'resolve_blocker', 'withdraw_blocker',
    'get_agenda', 'get_meeting', 'check_in', 'sla_report', 'get_calendar'];
const READ_ONLY = new Set(['whoami', 'list_blockers', 'get_blocker', 'get_agenda', 'get_meeting', 'sla_report', 'get_calendar']);
const DESTRUCTIVE = new Set(['withdraw_blocker']);
const IDEMPOTENT = new Set([...READ_ONLY, 'check_in']);
const FIXED_RESOURCES = {
    'eteam://agenda/next': 'application/json',
    'eteam://reports/sla/last-week': 'text/markdown',
    'eteam://calendar': 'application/json',
};
const DEFERRAL = "Let's take this offline";

let passed = 0;
let failed = 0;

/// One check: prints one line, counts, and never stops the run.
async function check(name, body) {
    try {
        await body();
        passed++;
        console.log(`ok - ${name}`);
    } catch (error) {
        failed++;
        const message = String(error?.message ?? error).split('\n').join('\n       ');
        console.log(`FAIL - ${name}\n       ${message}`);
    }
}

/// The HTTP API, asked directly: status, raw text, parsed JSON (or null) and content type.
async function api(method, path, token, body) {
    const headers = { Authorization: `Bearer ${token}` };
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(BASE + path, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json = null;
    try {
        json = JSON.parse(text);
    } catch {
        // not JSON: a Markdown report, a CSV
    }
    return { status: response.status, ok: response.ok, text, json, type: response.headers.get('content-type') ?? '' };
}

async function apiOk(method, path, token, body) {
    const answer = await api(method, path, token, body);
    assert.ok(answer.ok, `${method} ${path} answered ${answer.status}: ${answer.text}`);
    return answer.json;
}

/// A blocker as POST answers it: GET's, less the history.
function withoutHistory(blocker) {
    const { history, ...rest } = blocker;
    return rest;
}

function textOf(result) {
    assert.ok(Array.isArray(result.content) && result.content.length > 0, `no content in ${JSON.stringify(result)}`);
    assert.equal(result.content[0].type, 'text');
    return result.content[0].text;
}

/// A tool's successful answer: structured content that equals `expected`, the same JSON as text.
function assertAnswers(result, expected, what) {
    assert.ok(!result.isError, `${what}: the tool answered an error: ${result.isError ? textOf(result) : ''}`);
    assert.deepStrictEqual(result.structuredContent, expected, `${what}: structuredContent differs from the API's answer`);
    assert.deepStrictEqual(JSON.parse(textOf(result)), expected, `${what}: the text differs from the API's answer`);
}

/// A tool's refusal: isError, and its text is the API's own sentence.
function assertRefused(result, apiAnswer, what) {
    assert.ok(!apiAnswer.ok, `${what}: the API did not refuse it (${apiAnswer.status}): ${apiAnswer.text}`);
    assert.ok(apiAnswer.json?.message, `${what}: the API's refusal has no message: ${apiAnswer.text}`);
    assert.equal(result.isError, true, `${what}: not a tool error: ${JSON.stringify(result)}`);
    assert.equal(textOf(result), apiAnswer.json.message, `${what}: not the API's sentence`);
}

/// What the tool answers must be what the API answers for the same thing, a success or a refusal.
function assertSameAsApi(result, apiAnswer, what) {
    if (apiAnswer.ok) {
        assertAnswers(result, apiAnswer.json, what);
    } else {
        assertRefused(result, apiAnswer, what);
    }
}

async function call(client, name, args = {}) {
    return client.callTool({ name, arguments: args });
}

async function rejects(promise) {
    try {
        await promise;
    } catch (error) {
        return error;
    }
    assert.fail('it succeeded; it should have been refused');
}

function mcpMessage(error) {
    return String(error.message).replace(/^MCP error -?\d+: /, '');
}

/// ISO week of a date (YYYY-MM-DD), as YYYY-Www.
function isoWeek(day) {
    const date = new Date(`${day}T00:00:00Z`);
    const weekday = (date.getUTCDay() + 6) % 7;
    date.setUTCDate(date.getUTCDate() - weekday + 3);
    const year = date.getUTCFullYear();
    const firstThursday = new Date(Date.UTC(year, 0, 4));
    firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
    const week = 1 + Math.round((date - firstThursday) / (7 * 24 * 3600 * 1000));
    return `${year}-W${String(week).padStart(2, '0')}`;
}

function addDays(day, days) {
    const date = new Date(`${day}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
}

function hhmm(instant, zone) {
    return new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .format(new Date(instant));
}

// ---------------------------------------------------------------------------------------------
// The clients

const home = mkdtempSync(join(tmpdir(), 'eteam-mcp-client-'));

/// `ETEAM_COMMAND mcp` as an assistant starts it, signed in through ETEAM_SERVER/ETEAM_TOKEN.
function stdioTransport(token) {
    const childEnv = { ETEAM_SERVER: BASE, ETEAM_TOKEN: token, XDG_CONFIG_HOME: home };
    if (process.env.JAVA_HOME) {
        childEnv.JAVA_HOME = process.env.JAVA_HOME;
    }
    const transport = new StdioClientTransport({ command: env.ETEAM_COMMAND, args: ['mcp'], env: childEnv, stderr: 'pipe' });
    const stderr = [];
    transport.stderr?.on('data', chunk => stderr.push(String(chunk)));
    transport.stderrText = () => stderr.join('');
    return transport;
}

function httpTransport(token) {
    return new StreamableHTTPClientTransport(new URL(`${BASE}/mcp`), {
        requestInit: { headers: { Authorization: `Bearer ${token}` } },
    });
}

const TRANSPORTS = { stdio: stdioTransport, http: httpTransport };

async function connect(kind, token) {
    const client = new Client({ name: 'eteam-client-test', version: '1.0.0' });
    const transport = TRANSPORTS[kind](token);
    try {
        await client.connect(transport);
    } catch (error) {
        const stderr = transport.stderrText?.() ?? '';
        error.message += stderr ? `\n(eteam mcp's stderr: ${stderr.trim()})` : '';
        throw error;
    }
    client.transportUsed = transport;
    return client;
}

// ---------------------------------------------------------------------------------------------
// The checks, the same for each transport

async function checksOver(kind) {
    const t = name => `${kind}: ${name}`;
    let vp;
    let chair;
    let member;

    await check(t('connects as the VP and the chair; the server is eteam with tools, resources and prompts'), async () => {
        vp = await connect(kind, env.ETEAM_VP_TOKEN);
        chair = await connect(kind, env.ETEAM_CHAIR_TOKEN);
        assert.equal(vp.getServerVersion()?.name, 'eteam');
        const capabilities = vp.getServerCapabilities();
        assert.ok(capabilities?.tools, `no tools capability: ${JSON.stringify(capabilities)}`);
        assert.ok(capabilities?.resources, `no resources capability: ${JSON.stringify(capabilities)}`);
        assert.ok(capabilities?.prompts, `no prompts capability: ${JSON.stringify(capabilities)}`);
        assert.match(vp.getInstructions() ?? '', /blocker/);
    });
    if (!vp || !chair) {
        return;
    }

    // --- listing -----------------------------------------------------------------------------

    await check(t('tools/list: the eleven tools, each with object input and output schemas, a description and annotations'), async () => {
        const { tools } = await vp.listTools();
        assert.deepStrictEqual(tools.map(tool => tool.name), TOOLS);
        for (const tool of tools) {
            assert.equal(tool.inputSchema?.type, 'object', `${tool.name}: inputSchema.type`);
            assert.equal(tool.outputSchema?.type, 'object', `${tool.name}: outputSchema.type`);
            assert.ok(tool.description?.length > 40, `${tool.name}: description`);
            assert.ok(tool.title, `${tool.name}: title`);
            assert.ok(tool.annotations, `${tool.name}: annotations`);
            assert.equal(tool.annotations.readOnlyHint, READ_ONLY.has(tool.name), `${tool.name}: readOnlyHint`);
            assert.equal(tool.annotations.destructiveHint, DESTRUCTIVE.has(tool.name), `${tool.name}: destructiveHint`);
            assert.equal(tool.annotations.idempotentHint, IDEMPOTENT.has(tool.name), `${tool.name}: idempotentHint`);
            assert.equal(tool.annotations.openWorldHint, false, `${tool.name}: openWorldHint`);
        }
        const byName = Object.fromEntries(tools.map(tool => [tool.name, tool]));
        assert.deepStrictEqual(byName.raise_blocker.inputSchema.required, ['title', 'kind']);
        assert.deepStrictEqual(byName.resolve_blocker.inputSchema.required, ['id', 'decision', 'owner']);
        assert.deepStrictEqual(byName.get_blocker.inputSchema.required, ['id']);
        assert.deepStrictEqual(byName.list_blockers.outputSchema.required, ['blockers']);
    });

    await check(t('resources/list: the agenda, last week\'s SLA report, the calendar, and one resource per open blocker the API lists'), async () => {
        const { resources } = await vp.listResources();
        const open = await apiOk('GET', '/api/v1/blockers?status=open', env.ETEAM_VP_TOKEN);
        const fixed = resources.filter(resource => resource.uri in FIXED_RESOURCES);
        assert.deepStrictEqual(fixed.map(r => [r.uri, r.mimeType]), Object.entries(FIXED_RESOURCES));
        for (const resource of fixed) {
            assert.ok(resource.name && resource.title && resource.description, `${resource.uri}: name, title, description`);
        }
        const blockers = resources.filter(resource => !(resource.uri in FIXED_RESOURCES));
        assert.deepStrictEqual(blockers.map(r => r.uri).sort(), open.map(b => `eteam://blockers/${b.id}`).sort());
        assert.ok(open.length > 0, 'the IT seeds open blockers; the API lists none');
        for (const blocker of open) {
            const resource = blockers.find(r => r.uri === `eteam://blockers/${blocker.id}`);
            assert.equal(resource.title, blocker.title);
            assert.equal(resource.mimeType, 'application/json');
        }
    });

    await check(t('resources/templates/list: eteam://blockers/{id}, JSON'), async () => {
        const { resourceTemplates } = await vp.listResourceTemplates();
        assert.deepStrictEqual(resourceTemplates.map(r => [r.uriTemplate, r.mimeType]), [['eteam://blockers/{id}', 'application/json']]);
        assert.ok(resourceTemplates[0].name && resourceTemplates[0].description);
    });

    await check(t('prompts/list: prepare_for_tuesday, weekly_sla_summary (week optional), write_a_decision (blocker_id required)'), async () => {
        const { prompts } = await vp.listPrompts();
        // MCP gives a list no order; the Java SDK keeps prompts in a hash map.
        assert.deepStrictEqual(prompts.map(p => p.name).sort(), ['prepare_for_tuesday', 'weekly_sla_summary', 'write_a_decision']);
        const args = Object.fromEntries(prompts.map(p => [p.name, (p.arguments ?? []).map(a => [a.name, a.required ?? false])]));
        assert.deepStrictEqual(args, {
            prepare_for_tuesday: [],
            weekly_sla_summary: [['week', false]],
            write_a_decision: [['blocker_id', true], ['discussion', false]],
        });
        for (const prompt of prompts) {
            assert.ok(prompt.description && prompt.title, `${prompt.name}: title and description`);
        }
    });

    // --- every tool against the API ----------------------------------------------------------

    await check(t('whoami answers GET /api/v1/me, for the VP and for the chair'), async () => {
        assertAnswers(await call(vp, 'whoami'), await apiOk('GET', '/api/v1/me', env.ETEAM_VP_TOKEN), 'vp');
        assertAnswers(await call(chair, 'whoami'), await apiOk('GET', '/api/v1/me', env.ETEAM_CHAIR_TOKEN), 'chair');
        assert.equal((await call(vp, 'whoami')).structuredContent.handle, VP);
    });

    let raised;
    await check(t('raise_blocker: the new blocker is the one GET /api/v1/blockers/{id} shows, raised by the VP'), async () => {
        const result = await call(vp, 'raise_blocker', {
            title: `Brazil launch blocked on video rights (${kind})`, kind: 'blocked', impact: 'high',
            detail: 'Legal has not cleared the label\'s video rights.', minutes: 15,
        });
        assert.ok(!result.isError, textOf(result));
        raised = result.structuredContent;
        const stored = await apiOk('GET', `/api/v1/blockers/${raised.id}`, env.ETEAM_VP_TOKEN);
        assertAnswers(result, withoutHistory(stored), 'raise_blocker');
        assert.equal(stored.raised_by, VP);
        assert.equal(stored.status, 'open');
        assert.equal(stored.impact, 'high');
        assert.equal(stored.minutes, 15);
    });

    await check(t('get_blocker answers GET /api/v1/blockers/{id}, history and all; an unknown id is the API\'s refusal'), async () => {
        assert.ok(raised, 'raise_blocker failed');
        const result = await call(vp, 'get_blocker', { id: raised.id });
        const answer = await apiOk('GET', `/api/v1/blockers/${raised.id}`, env.ETEAM_VP_TOKEN);
        assertAnswers(result, answer, 'get_blocker');
        assert.ok(answer.history.length > 0);
        assertSameAsApi(await call(vp, 'get_blocker', { id: 987654321 }),
            await api('GET', '/api/v1/blockers/987654321', env.ETEAM_VP_TOKEN), 'unknown id');
    });

    await check(t('list_blockers answers GET /api/v1/blockers: open, all, resolved, raised_by, and the filters the API has not (blocking, sla, kind, text)'), async () => {
        const open = await apiOk('GET', '/api/v1/blockers', env.ETEAM_VP_TOKEN);
        assertAnswers(await call(vp, 'list_blockers'), { blockers: open }, 'default');
        assertAnswers(await call(vp, 'list_blockers', { status: 'all' }),
            { blockers: await apiOk('GET', '/api/v1/blockers?status=all', env.ETEAM_VP_TOKEN) }, 'status all');
        assertAnswers(await call(vp, 'list_blockers', { status: 'resolved' }),
            { blockers: await apiOk('GET', '/api/v1/blockers?status=resolved', env.ETEAM_VP_TOKEN) }, 'status resolved');
        assertAnswers(await call(vp, 'list_blockers', { raised_by: VP }),
            { blockers: await apiOk('GET', `/api/v1/blockers?raised_by=${VP}`, env.ETEAM_VP_TOKEN) }, 'raised_by');
        const blocking = open.filter(b => b.blocking === 'vp-podcasts');
        assertAnswers(await call(vp, 'list_blockers', { blocking: 'vp-podcasts' }), { blockers: blocking }, 'blocking');
        assert.ok(blocking.length > 0, 'the IT seeds blockers blocking vp-podcasts; none is listed');
        const breached = open.filter(b => b.sla === 'breached');
        assertAnswers(await call(vp, 'list_blockers', { sla: 'breached' }), { blockers: breached }, 'sla breached');
        assert.ok(breached.length > 0, 'the IT seeds a breached blocker; none is breached');
        const words = open.filter(b => `${b.title}\n${b.detail ?? ''}`.toLowerCase().includes('video rights'));
        assertAnswers(await call(vp, 'list_blockers', { text: 'VIDEO Rights' }), { blockers: words }, 'text');
        assert.ok(words.some(b => b.id === raised?.id), 'the blocker raised just now is not found by its words');
        const misaligned = open.filter(b => b.kind === 'misaligned');
        assertAnswers(await call(vp, 'list_blockers', { kind: 'misaligned' }), { blockers: misaligned }, 'kind');
        assert.ok(misaligned.length > 0, 'the IT seeds a misaligned blocker; none is listed');
    });

    await check(t(`resolve_blocker: "${DEFERRAL}" is a tool error with the API's sentence, and the blocker stays open`), async () => {
        assert.ok(raised, 'raise_blocker failed');
        const twin = await apiOk('POST', '/api/v1/blockers', env.ETEAM_VP_TOKEN, { title: `Deferral twin (${kind})`, kind: 'blocked' });
        const result = await call(vp, 'resolve_blocker', { id: raised.id, decision: DEFERRAL, owner: VP });
        const answer = await api('POST', `/api/v1/blockers/${twin.id}/resolve`, env.ETEAM_VP_TOKEN, { decision: DEFERRAL, owner: VP });
        assert.equal(answer.status, 422, answer.text);
        assertRefused(result, answer, 'deferral');
        const after = await apiOk('GET', `/api/v1/blockers/${raised.id}`, env.ETEAM_VP_TOKEN);
        assert.equal(after.status, 'open');
        assert.equal(after.decision, null);
        assert.equal((await call(vp, 'get_blocker', { id: raised.id })).structuredContent.status, 'open');
        await apiOk('POST', `/api/v1/blockers/${twin.id}/withdraw`, env.ETEAM_VP_TOKEN, { reason: 'A twin for the deferral check; it blocks no one.' });
    });

    await check(t('resolve_blocker: a real decision resolves it; the answer is the resolved blocker the API shows'), async () => {
        const target = await apiOk('POST', '/api/v1/blockers', env.ETEAM_VP_TOKEN, { title: `To resolve (${kind})`, kind: 'blocked' });
        const decision = 'Legal clears the video rights by Friday; we launch Brazil on 1 March';
        const result = await call(vp, 'resolve_blocker', {
            id: target.id, decision, owner: VP, due: '2027-03-01', rationale: 'The label agreed the terms.',
        });
        const stored = await apiOk('GET', `/api/v1/blockers/${target.id}`, env.ETEAM_VP_TOKEN);
        assertAnswers(result, withoutHistory(stored), 'resolve_blocker');
        assert.equal(stored.status, 'resolved');
        assert.equal(stored.decision, decision);
        assert.equal(stored.owner, VP);
        assert.equal(stored.due, '2027-03-01');
    });

    await check(t('withdraw_blocker: withdrawn with the reason; the answer is the blocker the API shows; a deferring reason is the API\'s refusal'), async () => {
        const target = await apiOk('POST', '/api/v1/blockers', env.ETEAM_VP_TOKEN, { title: `To withdraw (${kind})`, kind: 'off-track' });
        const twin = await apiOk('POST', '/api/v1/blockers', env.ETEAM_VP_TOKEN, { title: `Withdraw twin (${kind})`, kind: 'off-track' });
        const refused = await call(vp, 'withdraw_blocker', { id: target.id, reason: DEFERRAL });
        assertRefused(refused, await api('POST', `/api/v1/blockers/${twin.id}/withdraw`, env.ETEAM_VP_TOKEN, { reason: DEFERRAL }),
            'deferring reason');
        const result = await call(vp, 'withdraw_blocker', { id: target.id, reason: 'The plan was re-forecast; nothing slips now.' });
        const stored = await apiOk('GET', `/api/v1/blockers/${target.id}`, env.ETEAM_VP_TOKEN);
        assertAnswers(result, withoutHistory(stored), 'withdraw_blocker');
        assert.equal(stored.status, 'withdrawn');
        await api('POST', `/api/v1/blockers/${twin.id}/withdraw`, env.ETEAM_VP_TOKEN, { reason: 'A twin for the withdraw check; it blocks no one.' });
    });

    let next;
    await check(t('get_meeting answers GET /api/v1/meetings/next and /meetings/{date}'), async () => {
        next = await apiOk('GET', '/api/v1/meetings/next', env.ETEAM_VP_TOKEN);
        assertAnswers(await call(vp, 'get_meeting'), next, 'next');
        assertAnswers(await call(vp, 'get_meeting', { date: next.date }), await apiOk('GET', `/api/v1/meetings/${next.date}`, env.ETEAM_VP_TOKEN), 'dated');
        assertSameAsApi(await call(vp, 'get_meeting', { date: 'someday' }),
            await api('GET', '/api/v1/meetings/someday', env.ETEAM_VP_TOKEN), 'not a date');
    });

    await check(t('get_agenda answers GET /api/v1/meetings/next/agenda and /meetings/{date}/agenda'), async () => {
        const agenda = await apiOk('GET', '/api/v1/meetings/next/agenda', env.ETEAM_VP_TOKEN);
        assertAnswers(await call(vp, 'get_agenda'), agenda, 'next');
        assert.ok([...agenda.items, ...(agenda.overflow ?? [])].some(item => item.blocker_id === raised?.id),
            'the blocker raised just now is neither on the agenda nor in its overflow');
        const date = addDays(agenda.meeting.date, 7);
        assertAnswers(await call(vp, 'get_agenda', { date }), await apiOk('GET', `/api/v1/meetings/${date}/agenda`, env.ETEAM_VP_TOKEN), 'dated');
    });

    await check(t('check_in: the VP checks in on the meeting\'s day (the meeting GET shows), again idempotently; the chair checks in a VP by handle'), async () => {
        assert.ok(next, 'get_meeting failed');
        const first = await call(vp, 'check_in');
        const meeting = await apiOk('GET', '/api/v1/meetings/next', env.ETEAM_VP_TOKEN);
        assertAnswers(first, meeting, 'check_in');
        assert.ok(meeting.attendees.some(a => a.handle === VP), `${VP} is not among the attendees: ${JSON.stringify(meeting.attendees)}`);
        assertAnswers(await call(vp, 'check_in', { date: meeting.date }), await apiOk('GET', `/api/v1/meetings/${meeting.date}`, env.ETEAM_VP_TOKEN), 'again');
        assertSameAsApi(await call(chair, 'check_in', { handle: VP }),
            await api('POST', '/api/v1/meetings/next/attendees', env.ETEAM_CHAIR_TOKEN, { handle: VP }), 'chair, by handle');
    });

    await check(t('check_in on another day than the meeting\'s is a tool error with the API\'s sentence'), async () => {
        assert.ok(next, 'get_meeting failed');
        const later = addDays(next.date, 7);
        assertRefused(await call(vp, 'check_in', { date: later }),
            await api('POST', `/api/v1/meetings/${later}/attendees`, env.ETEAM_VP_TOKEN, {}), 'next week');
    });

    let lastWeek;
    await check(t('sla_report answers GET /api/v1/reports/sla?format=json: last week, a named week, a range'), async () => {
        const report = await apiOk('GET', '/api/v1/reports/sla?format=json', env.ETEAM_VP_TOKEN);
        assertAnswers(await call(vp, 'sla_report'), report, 'last week');
        assert.ok(report.summary.resolved > 0, 'the IT seeds blockers resolved last week; the report has none');
        lastWeek = isoWeek(report.period.from);
        const before = isoWeek(addDays(report.period.from, -7));
        assertAnswers(await call(vp, 'sla_report', { week: before }),
            await apiOk('GET', `/api/v1/reports/sla?week=${before}&format=json`, env.ETEAM_VP_TOKEN), before);
        const from = addDays(report.period.from, -14);
        const to = report.period.to;
        assertAnswers(await call(vp, 'sla_report', { from, to }),
            await apiOk('GET', `/api/v1/reports/sla?from=${from}&to=${to}&format=json`, env.ETEAM_VP_TOKEN), `${from}..${to}`);
        assertSameAsApi(await call(vp, 'sla_report', { week: 'last' }),
            await api('GET', '/api/v1/reports/sla?week=last&format=json', env.ETEAM_VP_TOKEN), 'week=last');
    });

    await check(t('get_calendar answers GET /api/v1/calendar, and ?team='), async () => {
        assertAnswers(await call(vp, 'get_calendar'), await apiOk('GET', '/api/v1/calendar', env.ETEAM_VP_TOKEN), 'installation');
        assertSameAsApi(await call(vp, 'get_calendar', { team: 'Podcasts' }),
            await api('GET', '/api/v1/calendar?team=Podcasts', env.ETEAM_VP_TOKEN), 'team');
    });

    // --- refusals ----------------------------------------------------------------------------

    await check(t('a member is refused raise_blocker with the API\'s sentence, and nothing is raised'), async () => {
        member = await connect(kind, env.ETEAM_MEMBER_TOKEN);
        const me = await call(member, 'whoami');
        assert.equal(me.structuredContent?.role, 'member');
        const title = `Not mine to raise (${kind})`;
        const before = await apiOk('GET', '/api/v1/blockers?status=all', env.ETEAM_CHAIR_TOKEN);
        const result = await call(member, 'raise_blocker', { title, kind: 'blocked' });
        const answer = await api('POST', '/api/v1/blockers', env.ETEAM_MEMBER_TOKEN, { title, kind: 'blocked' });
        assert.equal(answer.status, 403, answer.text);
        assertRefused(result, answer, 'member raises');
        const after = await apiOk('GET', '/api/v1/blockers?status=all', env.ETEAM_CHAIR_TOKEN);
        assert.equal(after.length, before.length);
    });

    // --- resources -----------------------------------------------------------------------------

    await check(t('read eteam://agenda/next: JSON equal to GET /api/v1/meetings/next/agenda'), async () => {
        const { contents } = await vp.readResource({ uri: 'eteam://agenda/next' });
        assert.equal(contents.length, 1);
        assert.equal(contents[0].uri, 'eteam://agenda/next');
        assert.equal(contents[0].mimeType, 'application/json');
        assert.deepStrictEqual(JSON.parse(contents[0].text), await apiOk('GET', '/api/v1/meetings/next/agenda', env.ETEAM_VP_TOKEN));
    });

    await check(t('read eteam://reports/sla/last-week: the Markdown GET /api/v1/reports/sla?format=md answers'), async () => {
        const { contents } = await vp.readResource({ uri: 'eteam://reports/sla/last-week' });
        const answer = await api('GET', '/api/v1/reports/sla?format=md', env.ETEAM_VP_TOKEN);
        assert.ok(answer.ok, answer.text);
        assert.equal(contents[0].mimeType, 'text/markdown');
        assert.equal(contents[0].text, answer.text);
        assert.match(contents[0].text, /^# SLA report \d{4}-W\d{2}/);
    });

    await check(t('read eteam://calendar: JSON equal to GET /api/v1/calendar'), async () => {
        const { contents } = await vp.readResource({ uri: 'eteam://calendar' });
        assert.equal(contents[0].mimeType, 'application/json');
        assert.deepStrictEqual(JSON.parse(contents[0].text), await apiOk('GET', '/api/v1/calendar', env.ETEAM_VP_TOKEN));
    });

    await check(t('read every listed eteam://blockers/{id} and a resolved one through the template: JSON equal to GET /api/v1/blockers/{id}'), async () => {
        const { resources } = await vp.listResources();
        const resolved = await apiOk('GET', '/api/v1/blockers?status=resolved', env.ETEAM_VP_TOKEN);
        assert.ok(resolved.length > 0, 'no resolved blocker to read');
        const uris = [...resources.filter(r => r.uri.startsWith('eteam://blockers/')).map(r => r.uri), `eteam://blockers/${resolved[0].id}`];
        for (const uri of uris) {
            const { contents } = await vp.readResource({ uri });
            assert.equal(contents[0].uri, uri);
            assert.equal(contents[0].mimeType, 'application/json');
            const id = uri.slice('eteam://blockers/'.length);
            assert.deepStrictEqual(JSON.parse(contents[0].text), await apiOk('GET', `/api/v1/blockers/${id}`, env.ETEAM_VP_TOKEN), uri);
        }
    });

    await check(t('read eteam://blockers/987654321: a resource-not-found error with the API\'s sentence'), async () => {
        const error = await rejects(vp.readResource({ uri: 'eteam://blockers/987654321' }));
        const answer = await api('GET', '/api/v1/blockers/987654321', env.ETEAM_VP_TOKEN);
        assert.equal(answer.status, 404, answer.text);
        assert.equal(error.code, -32002, String(error));
        assert.equal(mcpMessage(error), answer.json.message);
    });

    // --- prompts -------------------------------------------------------------------------------

    await check(t('prepare_for_tuesday: the next meeting, me, and each of my open blockers where the agenda puts it'), async () => {
        const prompt = await vp.getPrompt({ name: 'prepare_for_tuesday', arguments: {} });
        assert.equal(prompt.messages.length, 1);
        assert.equal(prompt.messages[0].role, 'user');
        assert.equal(prompt.messages[0].content.type, 'text');
        const text = prompt.messages[0].content.text;
        const me = await apiOk('GET', '/api/v1/me', env.ETEAM_VP_TOKEN);
        const agenda = await apiOk('GET', '/api/v1/meetings/next/agenda', env.ETEAM_VP_TOKEN);
        const open = await apiOk('GET', '/api/v1/blockers?status=open', env.ETEAM_VP_TOKEN);
        assert.ok(text.includes(agenda.meeting.date), `no meeting date ${agenda.meeting.date} in:\n${text}`);
        assert.ok(text.includes(`(${me.handle}, ${me.role})`), `not who I am:\n${text}`);
        const mine = open.filter(b => b.raised_by === VP || b.blocking === VP);
        const others = open.filter(b => !mine.includes(b));
        assert.ok(mine.length > 0 && others.length > 0, 'the IT seeds blockers of the VP and of others');
        for (const blocker of mine) {
            const line = text.split('\n').find(l => l.startsWith(`- #${blocker.id} ${blocker.title} — `));
            assert.ok(line, `no line for #${blocker.id} in:\n${text}`);
            assert.ok(line.includes(`SLA ${blocker.sla}`), line);
            const item = agenda.items.find(i => i.blocker_id === blocker.id);
            const over = (agenda.overflow ?? []).find(i => i.blocker_id === blocker.id);
            const place = item ? `agenda item ${item.rank} at ${hhmm(item.starts_at, agenda.meeting.zone)}, above the cut-off line`
                : over ? `below the cut-off line (rank ${over.rank})` : 'not on this agenda';
            assert.ok(line.includes(place), `expected "${place}" in: ${line}`);
        }
        for (const blocker of others) {
            assert.ok(!text.includes(`#${blocker.id} `), `#${blocker.id} is not the VP's, yet in:\n${text}`);
        }
    });

    await check(t('weekly_sla_summary: the instructions, then the Markdown report the API answers; for last week and a named one'), async () => {
        const last = await vp.getPrompt({ name: 'weekly_sla_summary', arguments: {} });
        const md = await api('GET', '/api/v1/reports/sla?format=md', env.ETEAM_VP_TOKEN);
        assert.equal(last.messages[0].role, 'user');
        assert.ok(last.messages[0].content.text.endsWith(`\n\n${md.text}`), 'not ending with last week\'s report');
        assert.ok(last.messages[0].content.text.startsWith('Draft the E-Team\'s weekly SLA summary'));
        const week = lastWeek ?? isoWeek(new Date(Date.now() - 7 * 86400000).toISOString().slice(0, 10));
        const named = await vp.getPrompt({ name: 'weekly_sla_summary', arguments: { week } });
        const namedMd = await api('GET', `/api/v1/reports/sla?format=md&week=${week}`, env.ETEAM_VP_TOKEN);
        assert.ok(named.messages[0].content.text.endsWith(`\n\n${namedMd.text}`), `not ending with ${week}'s report`);
        assert.ok(namedMd.text.startsWith(`# SLA report ${week}`), namedMd.text.slice(0, 80));
    });

    await check(t('weekly_sla_summary with week "last": an invalid-params error that says what a week is'), async () => {
        const error = await rejects(vp.getPrompt({ name: 'weekly_sla_summary', arguments: { week: 'last' } }));
        assert.equal(error.code, -32602, String(error));
        assert.equal(mcpMessage(error), "week is an ISO week such as 2026-W49, not 'last'.");
    });

    await check(t('write_a_decision: the blocker the API shows, the discussion, and the rule against deferrals'), async () => {
        assert.ok(raised, 'raise_blocker failed');
        const discussion = 'Legal says the rights clear once the label signs; Ana will chase the label.';
        const prompt = await vp.getPrompt({ name: 'write_a_decision', arguments: { blocker_id: String(raised.id), discussion } });
        const text = prompt.messages[0].content.text;
        const blocker = await apiOk('GET', `/api/v1/blockers/${raised.id}`, env.ETEAM_VP_TOKEN);
        assert.ok(text.startsWith(`Help me write the E-Team's decision on blocker #${blocker.id}: ${blocker.title}\n`), text);
        assert.ok(text.includes(`Detail: ${blocker.detail}\n`), text);
        assert.ok(text.includes(`raised by ${blocker.raised_by}; status ${blocker.status}.`), text);
        assert.ok(text.includes(`What was said:\n${discussion}\n`), text);
        assert.ok(text.includes(`resolve_blocker tool (id ${blocker.id})`), text);
        assert.match(text, /refuses any deferral/);
    });

    await check(t('write_a_decision refuses a missing blocker_id and an unknown one (the API\'s sentence) as invalid params'), async () => {
        const missing = await rejects(vp.getPrompt({ name: 'write_a_decision', arguments: {} }));
        assert.equal(missing.code, -32602, String(missing));
        const unknown = await rejects(vp.getPrompt({ name: 'write_a_decision', arguments: { blocker_id: '987654321' } }));
        assert.equal(unknown.code, -32602, String(unknown));
        const answer = await api('GET', '/api/v1/blockers/987654321', env.ETEAM_VP_TOKEN);
        assert.equal(mcpMessage(unknown), answer.json.message);
    });

    // --- a deactivated person ------------------------------------------------------------------

    let deactivated;
    await check(t('a deactivated person\'s token is refused' + (kind === 'http' ? ': connecting is a 401' : ': whoami is a tool error with the API\'s sentence')), async () => {
        const answer = await api('GET', '/api/v1/me', env.ETEAM_DEACTIVATED_TOKEN);
        assert.equal(answer.status, 401, `the API let the deactivated token in: ${answer.text}`);
        if (kind === 'http') {
            const error = await rejects(connect(kind, env.ETEAM_DEACTIVATED_TOKEN));
            assert.equal(error.code, 401, `not a 401: ${error}`);
            assert.ok(String(error.message).includes(answer.json.message), `not the API's sentence: ${error}`);
            return;
        }
        // `eteam mcp` may refuse to start (and then say why on stderr) or start and answer each
        // tool with the API's refusal.
        try {
            deactivated = await connect(kind, env.ETEAM_DEACTIVATED_TOKEN);
        } catch (error) {
            assert.match(String(error.message), /Sign in|token|deactivated/i, `connecting failed without saying why: ${error}`);
            return;
        }
        assertRefused(await call(deactivated, 'whoami'), answer, 'whoami');
    });

    if (deactivated) {
        await check(t('a deactivated person\'s token: a writing tool (raise_blocker) is refused with the API\'s sentence too'), async () => {
            const body = { title: 'From a deactivated token', kind: 'blocked' };
            assertRefused(await call(deactivated, 'raise_blocker', body),
                await api('POST', '/api/v1/blockers', env.ETEAM_DEACTIVATED_TOKEN, body), 'raise_blocker');
        });
    }

    for (const client of [vp, chair, member, deactivated]) {
        await client?.close();
    }
}

// ---------------------------------------------------------------------------------------------
// HTTP only: what a browser or a stranger meets at /mcp

const INITIALIZE = {
    jsonrpc: '2.0', id: 1, method: 'initialize',
    params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
};

async function postMcp(headers) {
    const response = await fetch(`${BASE}/mcp`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...headers },
        body: JSON.stringify(INITIALIZE),
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
}

async function httpOnlyChecks() {
    await check('http: POST /mcp with Origin https://evil.example is 403 with a JSON-RPC error; the server\'s own origin passes', async () => {
        const foreign = await postMcp({ Authorization: `Bearer ${env.ETEAM_VP_TOKEN}`, Origin: 'https://evil.example' });
        assert.equal(foreign.status, 403, foreign.text);
        assert.equal(JSON.parse(foreign.text).jsonrpc, '2.0', foreign.text);
        assert.ok(JSON.parse(foreign.text).error?.message, foreign.text);
        const own = await postMcp({ Authorization: `Bearer ${env.ETEAM_VP_TOKEN}`, Origin: new URL(BASE).origin });
        assert.equal(own.status, 200, own.text);
    });

    await check('http: POST /mcp with the deactivated token, a wrong one or none is 401 with WWW-Authenticate: Bearer', async () => {
        for (const [what, headers] of [['deactivated', { Authorization: `Bearer ${env.ETEAM_DEACTIVATED_TOKEN}` }],
            ['wrong', { Authorization: 'Bearer et_not_a_token' }], ['none', {}]]) {
            const refused = await postMcp(headers);
            assert.equal(refused.status, 401, `${what}: ${refused.status} ${refused.text}`);
            assert.match(refused.headers.get('www-authenticate') ?? '', /^Bearer/, `${what}: WWW-Authenticate`);
            assert.ok(JSON.parse(refused.text).error?.message, `${what}: ${refused.text}`);
            assert.doesNotMatch(refused.text, /Exception|stackTrace/, what);
        }
    });
}

// ---------------------------------------------------------------------------------------------

try {
    console.log(`TypeScript MCP SDK client against ${BASE} (stdio: ${env.ETEAM_COMMAND} mcp; http: ${BASE}/mcp)`);
    for (const kind of Object.keys(TRANSPORTS)) {
        await checksOver(kind);
    }
    await httpOnlyChecks();
} catch (error) {
    failed++;
    console.log(`FAIL - the run stopped: ${error?.stack ?? error}`);
} finally {
    rmSync(home, { recursive: true, force: true });
}
console.log(`mcp-client: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
