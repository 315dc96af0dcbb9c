// The media part of meetings: what the meetings core calls (see /work/notes/meetings-contract.md).
export { type MediaConnection, type MediaConnectionRequest, mediaConnectionFor } from './connection.ts';
export { type IceServer, iceServersFor, iceServersOf } from './ice-servers.ts';
export { jitsiLink, jitsiRoomOf } from './jitsi-link.ts';
export {
  liveKitGrant,
  liveKitRoomOf,
  type MediaServerPass,
  type MeetingRights,
  mintLiveKitToken,
} from './livekit-token.ts';
export {
  type JitsiSettings,
  type LiveKitSettings,
  loadMediaConfig,
  type MediaConfig,
  mediaConfigOf,
} from './media-config.ts';
export {
  chooseMode,
  isOverMesh,
  MESH_LIMITS,
  type MediaMode,
  type MeshLoad,
  type ModeChoice,
  type ModeRequest,
} from './mode.ts';
