import type { IceServer, SignalData } from '../../../../shared/contracts/meetings.ts';
import type { PeerState } from './transport.ts';

interface PeerOptions {
  remoteId: string;
  polite: boolean;
  iceServers: IceServer[];
  camera: MediaStream | null;
  screen: MediaStream | null;
  send: (signal: SignalData) => void;
  onRemote: () => void;
  onState: (state: PeerState) => void;
  /** Called by the other side: the tracks join its offer's transceivers, so one exchange carries both ways. */
  answering: boolean;
}

/**
 * One RTCPeerConnection to one other browser, negotiated by the "perfect negotiation" pattern
 * (W3C WebRTC spec, §10.7): either side offers whenever its tracks change; when both offer at once,
 * the impolite side ignores the other's offer and the polite side rolls its own back. A negotiated
 * data channel (id 0, no signalling of its own) tells the other side which stream is the screen.
 */
export class Peer {
  private readonly pc: RTCPeerConnection;
  private readonly meta: RTCDataChannel;
  private makingOffer = false;
  private ignoreOffer = false;
  private settingRemoteAnswer = false;
  private cameraSenders: RTCRtpSender[] = [];
  private screenSenders: RTCRtpSender[] = [];
  private localScreenId: string | null = null;
  private readonly streams = new Map<string, MediaStream>();
  private remoteScreenId: string | null = null;
  private closed = false;

  constructor(private readonly options: PeerOptions) {
    const pc = new RTCPeerConnection({ iceServers: options.iceServers });
    this.pc = pc;
    this.meta = pc.createDataChannel('meta', { negotiated: true, id: 0 });
    this.meta.onopen = () => this.sendMeta();
    this.meta.onmessage = (event) => {
      try {
        const data = JSON.parse(String(event.data)) as { screen?: string | null };
        this.remoteScreenId = data.screen ?? null;
        options.onRemote();
      } catch {
        // Not ours to understand.
      }
    };
    pc.onnegotiationneeded = async () => {
      try {
        this.makingOffer = true;
        await pc.setLocalDescription();
        if (pc.localDescription) options.send({ description: descriptionOf(pc.localDescription) });
      } catch {
        // A failed offer is retried by the next negotiationneeded.
      } finally {
        this.makingOffer = false;
      }
    };
    pc.onicecandidate = ({ candidate }) => {
      options.send({ candidate: candidate ? candidateOf(candidate) : null });
    };
    pc.ontrack = ({ track, streams }) => {
      const stream = streams[0];
      if (!stream) return;
      this.streams.set(stream.id, stream);
      stream.onremovetrack = () => {
        if (stream.getTracks().length === 0) this.streams.delete(stream.id);
        options.onRemote();
      };
      track.onunmute = () => options.onRemote();
      options.onRemote();
    };
    pc.onconnectionstatechange = () => options.onState(pc.connectionState);
    if (!options.answering) this.addLocalTracks();
  }

  private tracksAdded = false;

  private addLocalTracks() {
    if (this.tracksAdded) return;
    this.tracksAdded = true;
    if (this.options.camera) this.addCamera(this.options.camera);
    const screen = this.options.screen;
    if (screen) this.setScreen(screen);
  }

  /** Handles a description or candidate from the other side. */
  async receive(signal: SignalData) {
    const pc = this.pc;
    if (this.closed) return;
    try {
      if ('description' in signal) {
        const description = signal.description;
        const readyForOffer = !this.makingOffer && (pc.signalingState === 'stable' || this.settingRemoteAnswer);
        const collision = description.type === 'offer' && !readyForOffer;
        this.ignoreOffer = !this.options.polite && collision;
        if (this.ignoreOffer) return;
        this.settingRemoteAnswer = description.type === 'answer';
        await pc.setRemoteDescription(description as RTCSessionDescriptionInit);
        this.settingRemoteAnswer = false;
        if (description.type === 'offer') {
          this.addLocalTracks();
          await pc.setLocalDescription();
          if (pc.localDescription) this.options.send({ description: descriptionOf(pc.localDescription) });
        }
      } else if ('candidate' in signal) {
        try {
          await pc.addIceCandidate(signal.candidate ?? undefined);
        } catch (err) {
          if (!this.ignoreOffer) throw err;
        }
      }
    } catch {
      // A broken exchange shows as a failed connection state; the screen says so.
    }
  }

  /** Another camera or microphone: same kinds replace their tracks in place; a new kind (camera turned on) is added. */
  async replaceCamera(stream: MediaStream) {
    if (!this.tracksAdded) {
      this.options.camera = stream;
      return;
    }
    const replaced = await Promise.all(
      this.cameraSenders.map(async (sender) => {
        const kind = sender.track?.kind;
        const next = stream.getTracks().find((t) => t.kind === kind);
        if (next) await sender.replaceTrack(next);
        return kind;
      }),
    );
    for (const track of stream.getTracks()) {
      if (!replaced.includes(track.kind)) this.cameraSenders.push(this.pc.addTrack(track, stream));
    }
  }

  setScreen(stream: MediaStream | null) {
    if (!this.tracksAdded) {
      this.options.screen = stream;
      return;
    }
    for (const sender of this.screenSenders) this.pc.removeTrack(sender);
    this.screenSenders = [];
    this.localScreenId = stream?.id ?? null;
    if (stream) this.screenSenders = stream.getVideoTracks().map((track) => this.pc.addTrack(track, stream));
    this.sendMeta();
  }

  remoteScreen(): MediaStream | null {
    if (!this.remoteScreenId) return null;
    const stream = this.streams.get(this.remoteScreenId);
    return stream?.getVideoTracks().some((t) => t.readyState === 'live') ? stream : null;
  }

  remoteCamera(): MediaStream | null {
    for (const [id, stream] of this.streams) if (id !== this.remoteScreenId) return stream;
    return null;
  }

  close() {
    this.closed = true;
    this.meta.close();
    this.pc.close();
  }

  private addCamera(stream: MediaStream) {
    this.cameraSenders = stream.getTracks().map((track) => this.pc.addTrack(track, stream));
  }

  private sendMeta() {
    if (this.meta.readyState === 'open') this.meta.send(JSON.stringify({ screen: this.localScreenId }));
  }
}

function descriptionOf(d: RTCSessionDescription): { type: RTCSdpType; sdp: string } {
  return { type: d.type, sdp: d.sdp };
}

function candidateOf(c: RTCIceCandidate) {
  return {
    candidate: c.candidate,
    sdpMid: c.sdpMid,
    sdpMLineIndex: c.sdpMLineIndex,
    usernameFragment: c.usernameFragment,
  };
}
