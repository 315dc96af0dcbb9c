import type { IceServer, SignalData } from '../../../../shared/contracts/meetings.ts';
import type { IncomingSignal, MeetingSocket } from './meeting-socket.ts';
import { Peer } from './peer.ts';
import type { MeetingTransport, PeerState, RemoteParticipant, TransportEvents } from './transport.ts';

type Handlers = { [K in keyof TransportEvents]: Set<TransportEvents[K]> };

/**
 * The full mesh: one RTCPeerConnection to every other browser in the meeting, media end to end
 * between the browsers. Each pair negotiates by "perfect negotiation" (peer.ts): both sides may offer
 * at any time, and the polite one (the smaller connection ID) gives way when offers collide.
 */
export class MeshTransport implements MeetingTransport {
  readonly kind = 'mesh' as const;
  private readonly peers = new Map<string, Peer>();
  private readonly people = new Map<string, { personId: string; name: string }>();
  private readonly handlers: Handlers = { remoteChanged: new Set(), stateChanged: new Set() };
  private camera: MediaStream | null = null;
  private screen: MediaStream | null = null;
  private muted = false;
  private cameraOff = false;
  private unsubscribe: (() => void) | null = null;
  private counts = { sent: 0, received: 0 };
  private calledIn = false;
  private readonly meetingId: string;
  private readonly socket: MeetingSocket;
  private readonly iceServers: IceServer[];

  constructor(options: { meetingId: string; socket: MeetingSocket; iceServers: IceServer[] }) {
    this.meetingId = options.meetingId;
    this.socket = options.socket;
    this.iceServers = options.iceServers;
  }

  async start(local: { camera: MediaStream }) {
    this.camera = local.camera;
    this.unsubscribe = this.socket.onSignal((signal) => void this.receive(signal));
  }

  async setCamera(stream: MediaStream) {
    this.camera = stream;
    this.applyTrackStates();
    await Promise.all([...this.peers.values()].map((peer) => peer.replaceCamera(stream)));
  }

  async setScreen(stream: MediaStream | null) {
    this.screen = stream;
    for (const peer of this.peers.values()) peer.setScreen(stream);
  }

  setMuted(muted: boolean) {
    this.muted = muted;
    this.applyTrackStates();
  }

  setCameraOff(off: boolean) {
    this.cameraOff = off;
    this.applyTrackStates();
  }

  participantsChanged(list: ReadonlyArray<{ connectionId: string; personId: string; name: string }>) {
    const present = new Set<string>();
    // The newcomer calls everyone already there; those wait for its offer (peerFor on the first signal),
    // so a join costs one offer per pair instead of two colliding ones.
    const calling = !this.calledIn;
    this.calledIn = true;
    for (const p of list) {
      if (p.connectionId === this.socket.connectionId) continue;
      present.add(p.connectionId);
      this.people.set(p.connectionId, { personId: p.personId, name: p.name });
      if (calling) this.peerFor(p.connectionId);
    }
    for (const [connectionId, peer] of this.peers) {
      if (present.has(connectionId)) continue;
      peer.close();
      this.peers.delete(connectionId);
      this.people.delete(connectionId);
    }
    this.emitRemote();
  }

  stop() {
    this.unsubscribe?.();
    for (const peer of this.peers.values()) peer.close();
    this.peers.clear();
    this.emitRemote();
  }

  on<K extends keyof TransportEvents>(event: K, handler: TransportEvents[K]) {
    this.handlers[event].add(handler);
    return () => void this.handlers[event].delete(handler);
  }

  stats() {
    return { ...this.counts };
  }

  private applyTrackStates() {
    for (const track of this.camera?.getAudioTracks() ?? []) track.enabled = !this.muted;
    for (const track of this.camera?.getVideoTracks() ?? []) track.enabled = !this.cameraOff;
  }

  private peerFor(connectionId: string, answering = false): Peer {
    let peer = this.peers.get(connectionId);
    if (peer) return peer;
    peer = new Peer({
      answering,
      remoteId: connectionId,
      // The smaller ID is polite: it rolls back its own offer when both offer at once.
      polite: this.socket.connectionId < connectionId,
      iceServers: this.iceServers,
      camera: this.camera,
      screen: this.screen,
      send: (signal: SignalData) => {
        this.counts.sent += 1;
        this.socket.signal(this.meetingId, connectionId, signal);
      },
      onRemote: () => this.emitRemote(),
      onState: (state: PeerState) => {
        for (const handler of this.handlers.stateChanged) handler(connectionId, state);
      },
    });
    this.peers.set(connectionId, peer);
    return peer;
  }

  private async receive(signal: IncomingSignal) {
    if (signal.meetingId !== this.meetingId) return;
    this.counts.received += 1;
    // An offer may come before meeting.changed names its sender; the server let it through, so it is in.
    await this.peerFor(signal.from, true).receive(signal.signal);
  }

  private emitRemote() {
    const list: RemoteParticipant[] = [];
    for (const [connectionId, peer] of this.peers) {
      const who = this.people.get(connectionId);
      list.push({
        connectionId,
        personId: who?.personId ?? '',
        name: who?.name ?? '',
        camera: peer.remoteCamera(),
        screen: peer.remoteScreen(),
      });
    }
    for (const handler of this.handlers.remoteChanged) handler(list);
  }
}
