import { type Static, Type } from 'typebox';

/**
 * The image library of an organisation's content pages (src/server/features/content/media): images
 * with who made them and the licence they may be used under, shared with other organisations or not.
 */
export const MEDIA_LIMITS = {
  /** Bytes of one uploaded file. */
  bytes: 10 * 1024 * 1024,
  /** Pixels of one image (all frames of an animation together): decoding costs memory by pixel. */
  pixels: 70_000_000,
  /** The web version is at most this wide. */
  webWidth: 1600,
  author: 200,
  altText: 500,
  sourceUrl: 2000,
  fileName: 255,
  /** Images per page of a list. */
  page: 100,
} as const;

/** The image types the library takes, recognised by their bytes. */
export const MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

/**
 * The licences an image may carry: Creative Commons, the Datenlizenz Deutschland, or `own` (all rights
 * stay with the organisation; it may use the image itself, others only with its permission).
 */
export const MEDIA_LICENCES = [
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC0-1.0',
  'DL-DE-BY-2.0',
  'DL-DE-ZERO-2.0',
  'own',
] as const;
export type MediaLicence = (typeof MEDIA_LICENCES)[number];
export const MediaLicence = Type.Union(
  [
    Type.Literal('CC-BY-4.0'),
    Type.Literal('CC-BY-SA-4.0'),
    Type.Literal('CC0-1.0'),
    Type.Literal('DL-DE-BY-2.0'),
    Type.Literal('DL-DE-ZERO-2.0'),
    Type.Literal('own'),
  ],
  { description: 'CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0, DL-DE-BY-2.0, DL-DE-ZERO-2.0, or own (all rights reserved)' },
);

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const Author = Type.String({ minLength: 1, maxLength: MEDIA_LIMITS.author, description: 'Who made the image' });
const AltText = Type.String({
  maxLength: MEDIA_LIMITS.altText,
  description: 'What the image shows, for people who cannot see it; empty for a decorative image',
});
const SourceUrl = Type.String({
  maxLength: MEDIA_LIMITS.sourceUrl,
  pattern: '^https?://[^\\s]+$',
  description: 'Where the image comes from (http or https)',
});

export const MediaParams = Type.Object({ id: Uuid });
export const OrganisationMediaParams = Type.Object({ id: Uuid });

/** `POST /api/content/organisations/:id/media`: the file is the raw body, its details the query string. */
export const UploadMediaQuery = Type.Object(
  {
    author: Author,
    licence: MediaLicence,
    sourceUrl: Type.Optional(SourceUrl),
    altText: Type.Optional(AltText),
    shared: Type.Optional(Type.Boolean({ default: false, description: 'Other organisations may use it' })),
    name: Type.Optional(
      Type.String({ minLength: 1, maxLength: MEDIA_LIMITS.fileName, description: 'The file’s name (or X-File-Name)' }),
    ),
  },
  { additionalProperties: false },
);
export type UploadMediaQuery = Static<typeof UploadMediaQuery>;

export const UpdateMediaInput = Type.Object(
  {
    altText: Type.Optional(AltText),
    author: Type.Optional(Author),
    licence: Type.Optional(MediaLicence),
    sourceUrl: Type.Optional(Type.Union([SourceUrl, Type.Null()])),
    shared: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateMediaInput = Static<typeof UpdateMediaInput>;

export const MediaListQuery = Type.Object(
  {
    shared: Type.Optional(
      Type.Boolean({ default: false, description: 'true: the images every organisation shares, instead of its own' }),
    ),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MEDIA_LIMITS.page, default: 48 })),
  },
  { additionalProperties: false },
);
export type MediaListQuery = Static<typeof MediaListQuery>;

export const MediaFileQuery = Type.Object(
  {
    size: Type.Optional(
      Type.Union([Type.Literal('web'), Type.Literal('original')], {
        default: 'web',
        description:
          'web: at most 1600 px wide, without metadata; original: the file as uploaded (its organisation’s members only)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type MediaFileQuery = Static<typeof MediaFileQuery>;

export const ContentMediaItem = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  organisationName: Type.String(),
  fileName: Type.String(),
  /** The type of the file as uploaded. */
  mimeType: Type.String(),
  /** The image as uploaded (turned upright): pixels and bytes; null where they could not be read. */
  width: Type.Union([Type.Integer(), Type.Null()]),
  height: Type.Union([Type.Integer(), Type.Null()]),
  bytes: Type.Integer(),
  altText: Type.String(),
  author: Type.String(),
  licence: MediaLicence,
  sourceUrl: Type.Union([Type.String(), Type.Null()]),
  shared: Type.Boolean(),
  createdAt: Type.String(),
  /** The credit line pages show with the image, e.g. "Foto: Jane Doe, CC BY 4.0, Quelle: https://…". */
  attribution: Type.String(),
  /** The web version, as pages embed it. */
  webUrl: Type.String(),
  /** The file as uploaded; null for those who may not have it. */
  originalUrl: Type.Union([Type.String(), Type.Null()]),
  /** The HTML a page embeds: the image with its alt text and the attribution as caption. */
  embedHtml: Type.String(),
  viewer: Type.Object({ canEdit: Type.Boolean() }),
});
export type ContentMediaItem = Static<typeof ContentMediaItem>;

export const ContentMediaList = Type.Object({
  items: Type.Array(ContentMediaItem),
  total: Type.Integer(),
  /** Whether the viewer may upload to the organisation's library. */
  canUpload: Type.Boolean(),
});
export type ContentMediaList = Static<typeof ContentMediaList>;
