// Live updates: the explorer's server-sent events (new L2 blocks, batches
// posted or final, slashes on L1, the sequencer going down or up). Plain
// DOM; no library. Pages work without it (reload shows the same).

const $ = (id) => document.getElementById(id);

function note(text, href) {
  const el = $("live-note");
  if (!el) return;
  el.textContent = "";
  if (href) {
    const a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    el.append(a);
  } else {
    el.textContent = text;
  }
}

function cell(row, text, href) {
  const td = document.createElement("td");
  if (href) {
    const a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    td.append(a);
  } else {
    td.textContent = text;
  }
  row.append(td);
}

function utc(unix) {
  return new Date(unix * 1000).toISOString().replace("T", " ").slice(0, 19);
}

function onBlock(b) {
  const head = $("l2head");
  if (head) {
    head.textContent = "#" + b.number;
    head.href = "/block/" + b.number;
  }
  const ov = $("ov-l2head");
  if (ov) {
    ov.textContent = "#" + b.number;
    ov.href = "/block/" + b.number;
  }
  const loading = $("blocks-loading");
  if (loading) loading.remove();
  const body = $("blocks");
  if (body) {
    const tr = document.createElement("tr");
    tr.className = "fresh";
    cell(tr, String(b.number), "/block/" + b.number);
    cell(tr, utc(b.time));
    cell(tr, String(b.txs));
    cell(tr, String(b.batch) + (b.sealed ? " (sealed)" : ""), "/batch/" + b.batch);
    body.prepend(tr);
    while (body.rows.length > 10) body.deleteRow(body.rows.length - 1);
  }
  document.body.dataset.liveBlock = String(b.number);
}

function badge(status) {
  const span = document.createElement("span");
  span.className = "badge s-" + status;
  span.textContent = status;
  return span;
}

function onBatch(b) {
  const posted = $("ov-posted");
  if (posted) {
    posted.textContent = String(b.lastPosted);
    posted.href = "/batch/" + b.lastPosted;
  }
  const fin = $("ov-final");
  if (fin) {
    fin.textContent = String(b.lastFinal);
    fin.href = "/batch/" + b.lastFinal;
  }
  const body = $("batches");
  if (body) {
    let tr = body.querySelector('tr[data-batch="' + Number(b.index) + '"]');
    if (!tr) {
      tr = document.createElement("tr");
      tr.dataset.batch = String(Number(b.index));
      const prev = body.querySelector('tr[data-batch="' + (Number(b.index) + 1) + '"]');
      if (prev) prev.after(tr); else body.prepend(tr);
      while (body.rows.length > 8) body.deleteRow(body.rows.length - 1);
    }
    tr.textContent = "";
    tr.className = "fresh";
    cell(tr, String(Number(b.index)), "/batch/" + Number(b.index));
    const st = document.createElement("td");
    st.append(badge(b.status));
    tr.append(st);
    cell(tr, Number(b.firstBlock) + "–" + Number(b.lastBlock));
    cell(tr, String(Number(b.receipts)));
    cell(tr, b.l1Tx ? b.l1Tx.slice(0, 8) + "…" + b.l1Tx.slice(-4) : "–");
    cell(tr, b.window);
  }
  document.body.dataset.liveBatch = String(Number(b.index)) + " " + b.status;
  note("Batch " + Number(b.index) + " " + b.status + (b.status === "posted" ? " on L1" : ""), "/batch/" + Number(b.index));
}

function onSlash(s) {
  note("Slash on L1: receipt " + s.receipt.slice(0, 10) + "… of " + s.provider.slice(0, 10) + "…, " + s.taken + " tokens taken", "/receipt/" + s.receipt);
  const body = $("slashes");
  if (body) {
    const box = body.closest(".scroll");
    if (box) box.hidden = false;
    const none = $("no-slashes");
    if (none) none.hidden = true;
    const tr = document.createElement("tr");
    tr.className = "fresh";
    cell(tr, s.receipt.slice(0, 8) + "…", "/receipt/" + s.receipt);
    cell(tr, s.provider.slice(0, 8) + "…", "/provider/" + s.provider);
    cell(tr, String(s.batch));
    cell(tr, s.taken);
    cell(tr, s.l1Tx.slice(0, 8) + "…");
    body.prepend(tr);
  }
}

function onSequencer(s) {
  const el = $("seq-state");
  if (!el) return;
  if (s.up) {
    note("The sequencer is back up — reload", location.pathname);
  } else {
    el.className = "down";
    el.dataset.up = "false";
    el.textContent = "✖ Sequencer down (the explorer cannot reach it)";
  }
}

if (window.EventSource) {
  const es = new EventSource("/events");
  es.addEventListener("open", () => { document.body.dataset.live = "open"; });
  es.addEventListener("error", () => { document.body.dataset.live = "reconnecting"; });
  const on = (name, f) => es.addEventListener(name, (e) => {
    try {
      f(JSON.parse(e.data));
    } catch (err) {
      console.warn("explorer: bad live event", name, err);
    }
  });
  on("block", onBlock);
  on("batch", onBatch);
  on("slash", onSlash);
  on("sequencer", onSequencer);
}
