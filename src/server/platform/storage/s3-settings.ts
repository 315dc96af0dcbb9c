/** Where the blob store keeps its bytes when they live in an S3-compatible bucket (AWS, MinIO, Ceph, …). */
export interface S3Settings {
  /** The service's address (`S3_ENDPOINT`); unset for AWS itself, whose address follows from the region. */
  endpoint: string | undefined;
  bucket: string;
  region: string;
  /** Both keys, or neither (then the SDK's own chain: instance role, `AWS_*` variables, …). */
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  /** `bucket` as the first path segment instead of a host name (MinIO, Ceph). */
  forcePathStyle: boolean;
  /** `proxy`: downloads stream through the server; `presigned`: a redirect to a short-lived signed URL. */
  downloads: 'proxy' | 'presigned';
  /** How long a presigned download URL is valid, in seconds. */
  presignSeconds: number;
}

const NAMES = [
  'S3_ENDPOINT',
  'S3_BUCKET',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'S3_DOWNLOADS',
  'S3_PRESIGN_SECONDS',
] as const;

/**
 * The S3 settings of an environment, or undefined when none is given (blobs stay on the local disk).
 * Half-given settings are refused with a message naming what is missing; a secret never appears in it.
 */
export function s3SettingsOf(env: NodeJS.ProcessEnv): S3Settings | undefined {
  const value = (name: (typeof NAMES)[number]) => env[name]?.trim() || undefined;
  const given = NAMES.filter((name) => value(name) !== undefined);
  if (given.length === 0) return undefined;
  const bucket = value('S3_BUCKET');
  if (!bucket) throw new Error(`S3_BUCKET is missing (${given.join(', ')} ${given.length === 1 ? 'is' : 'are'} set)`);
  const endpoint = value('S3_ENDPOINT');
  if (endpoint !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(endpoint);
    } catch {
      throw new Error(`S3_ENDPOINT is not a valid URL: "${endpoint}"`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
      throw new Error('S3_ENDPOINT must be an http(s) URL');
    if (parsed.username || parsed.password)
      throw new Error('S3_ENDPOINT must not carry credentials (use S3_ACCESS_KEY_ID)');
  }
  const region = value('S3_REGION') ?? (endpoint ? 'us-east-1' : undefined);
  if (!region) throw new Error('S3_REGION is missing (needed when S3_ENDPOINT is not set)');
  const accessKeyId = value('S3_ACCESS_KEY_ID');
  const secretAccessKey = value('S3_SECRET_ACCESS_KEY');
  if (accessKeyId && !secretAccessKey) throw new Error('S3_SECRET_ACCESS_KEY is missing (S3_ACCESS_KEY_ID is set)');
  if (secretAccessKey && !accessKeyId) throw new Error('S3_ACCESS_KEY_ID is missing (S3_SECRET_ACCESS_KEY is set)');
  const pathStyle = value('S3_FORCE_PATH_STYLE') ?? 'false';
  if (!['1', 'true', '0', 'false'].includes(pathStyle)) throw new Error('S3_FORCE_PATH_STYLE must be true or false');
  const downloads = value('S3_DOWNLOADS') ?? 'proxy';
  if (downloads !== 'proxy' && downloads !== 'presigned') throw new Error('S3_DOWNLOADS must be proxy or presigned');
  const seconds = value('S3_PRESIGN_SECONDS') ?? '300';
  const presignSeconds = Number(seconds);
  if (!Number.isInteger(presignSeconds) || presignSeconds < 1 || presignSeconds > 604_800) {
    throw new Error(`S3_PRESIGN_SECONDS must be a whole number of seconds from 1 to 604800, got "${seconds}"`);
  }
  return {
    endpoint,
    bucket,
    region,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: pathStyle === '1' || pathStyle === 'true',
    downloads,
    presignSeconds,
  };
}
