import * as $protobuf from "protobufjs";

/**
 * Properties of a RpbErrorResp.
 * @deprecated Use RpbErrorResp.$Properties instead.
 */
export interface IRpbErrorResp extends RpbErrorResp.$Properties {
}

/** Represents a RpbErrorResp. */
export class RpbErrorResp {

    /**
     * Constructs a new RpbErrorResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbErrorResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbErrorResp errmsg. */
    errmsg: Uint8Array;

    /** RpbErrorResp errcode. */
    errcode: number;

    /**
     * Creates a new RpbErrorResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbErrorResp instance
     */
    static create(properties: RpbErrorResp.$Shape): RpbErrorResp & RpbErrorResp.$Shape;
    static create(properties?: RpbErrorResp.$Properties): RpbErrorResp;

    /**
     * Encodes the specified RpbErrorResp message. Does not implicitly {@link RpbErrorResp.verify|verify} messages.
     * @param message RpbErrorResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbErrorResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbErrorResp message, length delimited. Does not implicitly {@link RpbErrorResp.verify|verify} messages.
     * @param message RpbErrorResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbErrorResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbErrorResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbErrorResp & RpbErrorResp.$Shape} RpbErrorResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbErrorResp & RpbErrorResp.$Shape;

    /**
     * Decodes a RpbErrorResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbErrorResp & RpbErrorResp.$Shape} RpbErrorResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbErrorResp & RpbErrorResp.$Shape;

    /**
     * Verifies a RpbErrorResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbErrorResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbErrorResp
     */
    static fromObject(object: { [k: string]: any }): RpbErrorResp;

    /**
     * Creates a plain object from a RpbErrorResp message. Also converts values to other types if specified.
     * @param message RpbErrorResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbErrorResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbErrorResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbErrorResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbErrorResp {

    /** Properties of a RpbErrorResp. */
    interface $Properties {

        /** RpbErrorResp errmsg */
        errmsg: Uint8Array;

        /** RpbErrorResp errcode */
        errcode: number;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbErrorResp. */
    type $Shape = RpbErrorResp.$Properties;
}

/**
 * Properties of a RpbGetServerInfoResp.
 * @deprecated Use RpbGetServerInfoResp.$Properties instead.
 */
export interface IRpbGetServerInfoResp extends RpbGetServerInfoResp.$Properties {
}

/** Represents a RpbGetServerInfoResp. */
export class RpbGetServerInfoResp {

    /**
     * Constructs a new RpbGetServerInfoResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbGetServerInfoResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbGetServerInfoResp node. */
    node: Uint8Array;

    /** RpbGetServerInfoResp serverVersion. */
    serverVersion: Uint8Array;

    /**
     * Creates a new RpbGetServerInfoResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbGetServerInfoResp instance
     */
    static create(properties: RpbGetServerInfoResp.$Shape): RpbGetServerInfoResp & RpbGetServerInfoResp.$Shape;
    static create(properties?: RpbGetServerInfoResp.$Properties): RpbGetServerInfoResp;

    /**
     * Encodes the specified RpbGetServerInfoResp message. Does not implicitly {@link RpbGetServerInfoResp.verify|verify} messages.
     * @param message RpbGetServerInfoResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbGetServerInfoResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbGetServerInfoResp message, length delimited. Does not implicitly {@link RpbGetServerInfoResp.verify|verify} messages.
     * @param message RpbGetServerInfoResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbGetServerInfoResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbGetServerInfoResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbGetServerInfoResp & RpbGetServerInfoResp.$Shape} RpbGetServerInfoResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbGetServerInfoResp & RpbGetServerInfoResp.$Shape;

    /**
     * Decodes a RpbGetServerInfoResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbGetServerInfoResp & RpbGetServerInfoResp.$Shape} RpbGetServerInfoResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbGetServerInfoResp & RpbGetServerInfoResp.$Shape;

    /**
     * Verifies a RpbGetServerInfoResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbGetServerInfoResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbGetServerInfoResp
     */
    static fromObject(object: { [k: string]: any }): RpbGetServerInfoResp;

    /**
     * Creates a plain object from a RpbGetServerInfoResp message. Also converts values to other types if specified.
     * @param message RpbGetServerInfoResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbGetServerInfoResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbGetServerInfoResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbGetServerInfoResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbGetServerInfoResp {

    /** Properties of a RpbGetServerInfoResp. */
    interface $Properties {

        /** RpbGetServerInfoResp node */
        node?: (Uint8Array|null);

        /** RpbGetServerInfoResp serverVersion */
        serverVersion?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbGetServerInfoResp. */
    type $Shape = RpbGetServerInfoResp.$Properties;
}

/**
 * Properties of a RpbPair.
 * @deprecated Use RpbPair.$Properties instead.
 */
export interface IRpbPair extends RpbPair.$Properties {
}

/** Represents a RpbPair. */
export class RpbPair {

    /**
     * Constructs a new RpbPair.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbPair.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbPair key. */
    key: Uint8Array;

    /** RpbPair value. */
    value: Uint8Array;

    /**
     * Creates a new RpbPair instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbPair instance
     */
    static create(properties: RpbPair.$Shape): RpbPair & RpbPair.$Shape;
    static create(properties?: RpbPair.$Properties): RpbPair;

    /**
     * Encodes the specified RpbPair message. Does not implicitly {@link RpbPair.verify|verify} messages.
     * @param message RpbPair message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbPair.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbPair message, length delimited. Does not implicitly {@link RpbPair.verify|verify} messages.
     * @param message RpbPair message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbPair.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbPair message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbPair & RpbPair.$Shape} RpbPair
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbPair & RpbPair.$Shape;

    /**
     * Decodes a RpbPair message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbPair & RpbPair.$Shape} RpbPair
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbPair & RpbPair.$Shape;

    /**
     * Verifies a RpbPair message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbPair message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbPair
     */
    static fromObject(object: { [k: string]: any }): RpbPair;

    /**
     * Creates a plain object from a RpbPair message. Also converts values to other types if specified.
     * @param message RpbPair
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbPair, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbPair to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbPair
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbPair {

    /** Properties of a RpbPair. */
    interface $Properties {

        /** RpbPair key */
        key: Uint8Array;

        /** RpbPair value */
        value?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbPair. */
    type $Shape = RpbPair.$Properties;
}

/**
 * Properties of a RpbModFun.
 * @deprecated Use RpbModFun.$Properties instead.
 */
export interface IRpbModFun extends RpbModFun.$Properties {
}

/** Represents a RpbModFun. */
export class RpbModFun {

    /**
     * Constructs a new RpbModFun.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbModFun.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbModFun module. */
    module: Uint8Array;

    /** RpbModFun function. */
    function: Uint8Array;

    /**
     * Creates a new RpbModFun instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbModFun instance
     */
    static create(properties: RpbModFun.$Shape): RpbModFun & RpbModFun.$Shape;
    static create(properties?: RpbModFun.$Properties): RpbModFun;

    /**
     * Encodes the specified RpbModFun message. Does not implicitly {@link RpbModFun.verify|verify} messages.
     * @param message RpbModFun message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbModFun.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbModFun message, length delimited. Does not implicitly {@link RpbModFun.verify|verify} messages.
     * @param message RpbModFun message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbModFun.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbModFun message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbModFun & RpbModFun.$Shape} RpbModFun
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbModFun & RpbModFun.$Shape;

    /**
     * Decodes a RpbModFun message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbModFun & RpbModFun.$Shape} RpbModFun
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbModFun & RpbModFun.$Shape;

    /**
     * Verifies a RpbModFun message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbModFun message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbModFun
     */
    static fromObject(object: { [k: string]: any }): RpbModFun;

    /**
     * Creates a plain object from a RpbModFun message. Also converts values to other types if specified.
     * @param message RpbModFun
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbModFun, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbModFun to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbModFun
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbModFun {

    /** Properties of a RpbModFun. */
    interface $Properties {

        /** RpbModFun module */
        module: Uint8Array;

        /** RpbModFun function */
        "function": Uint8Array;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbModFun. */
    type $Shape = RpbModFun.$Properties;
}

/**
 * Properties of a RpbCommitHook.
 * @deprecated Use RpbCommitHook.$Properties instead.
 */
export interface IRpbCommitHook extends RpbCommitHook.$Properties {
}

/** Represents a RpbCommitHook. */
export class RpbCommitHook {

    /**
     * Constructs a new RpbCommitHook.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbCommitHook.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbCommitHook modfun. */
    modfun?: (RpbModFun.$Properties|null);

    /** RpbCommitHook name. */
    name: Uint8Array;

    /**
     * Creates a new RpbCommitHook instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbCommitHook instance
     */
    static create(properties: RpbCommitHook.$Shape): RpbCommitHook & RpbCommitHook.$Shape;
    static create(properties?: RpbCommitHook.$Properties): RpbCommitHook;

    /**
     * Encodes the specified RpbCommitHook message. Does not implicitly {@link RpbCommitHook.verify|verify} messages.
     * @param message RpbCommitHook message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbCommitHook.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbCommitHook message, length delimited. Does not implicitly {@link RpbCommitHook.verify|verify} messages.
     * @param message RpbCommitHook message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbCommitHook.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbCommitHook message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbCommitHook & RpbCommitHook.$Shape} RpbCommitHook
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbCommitHook & RpbCommitHook.$Shape;

    /**
     * Decodes a RpbCommitHook message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbCommitHook & RpbCommitHook.$Shape} RpbCommitHook
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbCommitHook & RpbCommitHook.$Shape;

    /**
     * Verifies a RpbCommitHook message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbCommitHook message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbCommitHook
     */
    static fromObject(object: { [k: string]: any }): RpbCommitHook;

    /**
     * Creates a plain object from a RpbCommitHook message. Also converts values to other types if specified.
     * @param message RpbCommitHook
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbCommitHook, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbCommitHook to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbCommitHook
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbCommitHook {

    /** Properties of a RpbCommitHook. */
    interface $Properties {

        /** RpbCommitHook modfun */
        modfun?: (RpbModFun.$Properties|null);

        /** RpbCommitHook name */
        name?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbCommitHook. */
    type $Shape = RpbCommitHook.$Properties;
}

/**
 * Properties of a RpbBucketProps.
 * @deprecated Use RpbBucketProps.$Properties instead.
 */
export interface IRpbBucketProps extends RpbBucketProps.$Properties {
}

/** Represents a RpbBucketProps. */
export class RpbBucketProps {

    /**
     * Constructs a new RpbBucketProps.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbBucketProps.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbBucketProps nVal. */
    nVal: number;

    /** RpbBucketProps allowMult. */
    allowMult: boolean;

    /** RpbBucketProps lastWriteWins. */
    lastWriteWins: boolean;

    /** RpbBucketProps precommit. */
    precommit: RpbCommitHook.$Properties[];

    /** RpbBucketProps hasPrecommit. */
    hasPrecommit: boolean;

    /** RpbBucketProps postcommit. */
    postcommit: RpbCommitHook.$Properties[];

    /** RpbBucketProps hasPostcommit. */
    hasPostcommit: boolean;

    /** RpbBucketProps chashKeyfun. */
    chashKeyfun?: (RpbModFun.$Properties|null);

    /** RpbBucketProps linkfun. */
    linkfun?: (RpbModFun.$Properties|null);

    /** RpbBucketProps oldVclock. */
    oldVclock: number;

    /** RpbBucketProps youngVclock. */
    youngVclock: number;

    /** RpbBucketProps bigVclock. */
    bigVclock: number;

    /** RpbBucketProps smallVclock. */
    smallVclock: number;

    /** RpbBucketProps pr. */
    pr: number;

    /** RpbBucketProps r. */
    r: number;

    /** RpbBucketProps w. */
    w: number;

    /** RpbBucketProps pw. */
    pw: number;

    /** RpbBucketProps dw. */
    dw: number;

    /** RpbBucketProps rw. */
    rw: number;

    /** RpbBucketProps basicQuorum. */
    basicQuorum: boolean;

    /** RpbBucketProps notfoundOk. */
    notfoundOk: boolean;

    /** RpbBucketProps backend. */
    backend: Uint8Array;

    /** RpbBucketProps search. */
    search: boolean;

    /** RpbBucketProps repl. */
    repl: RpbBucketProps.RpbReplMode;

    /** RpbBucketProps searchIndex. */
    searchIndex: Uint8Array;

    /** RpbBucketProps datatype. */
    datatype: Uint8Array;

    /** RpbBucketProps consistent. */
    consistent: boolean;

    /** RpbBucketProps writeOnce. */
    writeOnce: boolean;

    /** RpbBucketProps hllPrecision. */
    hllPrecision: number;

    /**
     * Creates a new RpbBucketProps instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbBucketProps instance
     */
    static create(properties: RpbBucketProps.$Shape): RpbBucketProps & RpbBucketProps.$Shape;
    static create(properties?: RpbBucketProps.$Properties): RpbBucketProps;

    /**
     * Encodes the specified RpbBucketProps message. Does not implicitly {@link RpbBucketProps.verify|verify} messages.
     * @param message RpbBucketProps message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbBucketProps.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbBucketProps message, length delimited. Does not implicitly {@link RpbBucketProps.verify|verify} messages.
     * @param message RpbBucketProps message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbBucketProps.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbBucketProps message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbBucketProps & RpbBucketProps.$Shape} RpbBucketProps
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbBucketProps & RpbBucketProps.$Shape;

    /**
     * Decodes a RpbBucketProps message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbBucketProps & RpbBucketProps.$Shape} RpbBucketProps
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbBucketProps & RpbBucketProps.$Shape;

    /**
     * Verifies a RpbBucketProps message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbBucketProps message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbBucketProps
     */
    static fromObject(object: { [k: string]: any }): RpbBucketProps;

    /**
     * Creates a plain object from a RpbBucketProps message. Also converts values to other types if specified.
     * @param message RpbBucketProps
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbBucketProps, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbBucketProps to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbBucketProps
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbBucketProps {

    /** Properties of a RpbBucketProps. */
    interface $Properties {

        /** RpbBucketProps nVal */
        nVal?: (number|null);

        /** RpbBucketProps allowMult */
        allowMult?: (boolean|null);

        /** RpbBucketProps lastWriteWins */
        lastWriteWins?: (boolean|null);

        /** RpbBucketProps precommit */
        precommit?: (RpbCommitHook.$Properties[]|null);

        /** RpbBucketProps hasPrecommit */
        hasPrecommit?: (boolean|null);

        /** RpbBucketProps postcommit */
        postcommit?: (RpbCommitHook.$Properties[]|null);

        /** RpbBucketProps hasPostcommit */
        hasPostcommit?: (boolean|null);

        /** RpbBucketProps chashKeyfun */
        chashKeyfun?: (RpbModFun.$Properties|null);

        /** RpbBucketProps linkfun */
        linkfun?: (RpbModFun.$Properties|null);

        /** RpbBucketProps oldVclock */
        oldVclock?: (number|null);

        /** RpbBucketProps youngVclock */
        youngVclock?: (number|null);

        /** RpbBucketProps bigVclock */
        bigVclock?: (number|null);

        /** RpbBucketProps smallVclock */
        smallVclock?: (number|null);

        /** RpbBucketProps pr */
        pr?: (number|null);

        /** RpbBucketProps r */
        r?: (number|null);

        /** RpbBucketProps w */
        w?: (number|null);

        /** RpbBucketProps pw */
        pw?: (number|null);

        /** RpbBucketProps dw */
        dw?: (number|null);

        /** RpbBucketProps rw */
        rw?: (number|null);

        /** RpbBucketProps basicQuorum */
        basicQuorum?: (boolean|null);

        /** RpbBucketProps notfoundOk */
        notfoundOk?: (boolean|null);

        /** RpbBucketProps backend */
        backend?: (Uint8Array|null);

        /** RpbBucketProps search */
        search?: (boolean|null);

        /** RpbBucketProps repl */
        repl?: (RpbBucketProps.RpbReplMode|null);

        /** RpbBucketProps searchIndex */
        searchIndex?: (Uint8Array|null);

        /** RpbBucketProps datatype */
        datatype?: (Uint8Array|null);

        /** RpbBucketProps consistent */
        consistent?: (boolean|null);

        /** RpbBucketProps writeOnce */
        writeOnce?: (boolean|null);

        /** RpbBucketProps hllPrecision */
        hllPrecision?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbBucketProps. */
    type $Shape = RpbBucketProps.$Properties;

    /** RpbReplMode enum. */
    enum RpbReplMode {

        /** FALSE value */
        FALSE = 0,

        /** REALTIME value */
        REALTIME = 1,

        /** FULLSYNC value */
        FULLSYNC = 2,

        /** TRUE value */
        TRUE = 3
    }
}

/**
 * Properties of a RpbGetBucketReq.
 * @deprecated Use RpbGetBucketReq.$Properties instead.
 */
export interface IRpbGetBucketReq extends RpbGetBucketReq.$Properties {
}

/** Represents a RpbGetBucketReq. */
export class RpbGetBucketReq {

    /**
     * Constructs a new RpbGetBucketReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbGetBucketReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbGetBucketReq bucket. */
    bucket: Uint8Array;

    /** RpbGetBucketReq type. */
    type: Uint8Array;

    /**
     * Creates a new RpbGetBucketReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbGetBucketReq instance
     */
    static create(properties: RpbGetBucketReq.$Shape): RpbGetBucketReq & RpbGetBucketReq.$Shape;
    static create(properties?: RpbGetBucketReq.$Properties): RpbGetBucketReq;

    /**
     * Encodes the specified RpbGetBucketReq message. Does not implicitly {@link RpbGetBucketReq.verify|verify} messages.
     * @param message RpbGetBucketReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbGetBucketReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbGetBucketReq message, length delimited. Does not implicitly {@link RpbGetBucketReq.verify|verify} messages.
     * @param message RpbGetBucketReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbGetBucketReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbGetBucketReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbGetBucketReq & RpbGetBucketReq.$Shape} RpbGetBucketReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbGetBucketReq & RpbGetBucketReq.$Shape;

    /**
     * Decodes a RpbGetBucketReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbGetBucketReq & RpbGetBucketReq.$Shape} RpbGetBucketReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbGetBucketReq & RpbGetBucketReq.$Shape;

    /**
     * Verifies a RpbGetBucketReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbGetBucketReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbGetBucketReq
     */
    static fromObject(object: { [k: string]: any }): RpbGetBucketReq;

    /**
     * Creates a plain object from a RpbGetBucketReq message. Also converts values to other types if specified.
     * @param message RpbGetBucketReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbGetBucketReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbGetBucketReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbGetBucketReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbGetBucketReq {

    /** Properties of a RpbGetBucketReq. */
    interface $Properties {

        /** RpbGetBucketReq bucket */
        bucket: Uint8Array;

        /** RpbGetBucketReq type */
        type?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbGetBucketReq. */
    type $Shape = RpbGetBucketReq.$Properties;
}

/**
 * Properties of a RpbGetBucketResp.
 * @deprecated Use RpbGetBucketResp.$Properties instead.
 */
export interface IRpbGetBucketResp extends RpbGetBucketResp.$Properties {
}

/** Represents a RpbGetBucketResp. */
export class RpbGetBucketResp {

    /**
     * Constructs a new RpbGetBucketResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbGetBucketResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbGetBucketResp props. */
    props: RpbBucketProps.$Properties;

    /**
     * Creates a new RpbGetBucketResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbGetBucketResp instance
     */
    static create(properties: RpbGetBucketResp.$Shape): RpbGetBucketResp & RpbGetBucketResp.$Shape;
    static create(properties?: RpbGetBucketResp.$Properties): RpbGetBucketResp;

    /**
     * Encodes the specified RpbGetBucketResp message. Does not implicitly {@link RpbGetBucketResp.verify|verify} messages.
     * @param message RpbGetBucketResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbGetBucketResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbGetBucketResp message, length delimited. Does not implicitly {@link RpbGetBucketResp.verify|verify} messages.
     * @param message RpbGetBucketResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbGetBucketResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbGetBucketResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbGetBucketResp & RpbGetBucketResp.$Shape} RpbGetBucketResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbGetBucketResp & RpbGetBucketResp.$Shape;

    /**
     * Decodes a RpbGetBucketResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbGetBucketResp & RpbGetBucketResp.$Shape} RpbGetBucketResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbGetBucketResp & RpbGetBucketResp.$Shape;

    /**
     * Verifies a RpbGetBucketResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbGetBucketResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbGetBucketResp
     */
    static fromObject(object: { [k: string]: any }): RpbGetBucketResp;

    /**
     * Creates a plain object from a RpbGetBucketResp message. Also converts values to other types if specified.
     * @param message RpbGetBucketResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbGetBucketResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbGetBucketResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbGetBucketResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbGetBucketResp {

    /** Properties of a RpbGetBucketResp. */
    interface $Properties {

        /** RpbGetBucketResp props */
        props: RpbBucketProps.$Properties;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbGetBucketResp. */
    type $Shape = RpbGetBucketResp.$Properties;
}

/**
 * Properties of a RpbSetBucketReq.
 * @deprecated Use RpbSetBucketReq.$Properties instead.
 */
export interface IRpbSetBucketReq extends RpbSetBucketReq.$Properties {
}

/** Represents a RpbSetBucketReq. */
export class RpbSetBucketReq {

    /**
     * Constructs a new RpbSetBucketReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbSetBucketReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbSetBucketReq bucket. */
    bucket: Uint8Array;

    /** RpbSetBucketReq props. */
    props: RpbBucketProps.$Properties;

    /** RpbSetBucketReq type. */
    type: Uint8Array;

    /**
     * Creates a new RpbSetBucketReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbSetBucketReq instance
     */
    static create(properties: RpbSetBucketReq.$Shape): RpbSetBucketReq & RpbSetBucketReq.$Shape;
    static create(properties?: RpbSetBucketReq.$Properties): RpbSetBucketReq;

    /**
     * Encodes the specified RpbSetBucketReq message. Does not implicitly {@link RpbSetBucketReq.verify|verify} messages.
     * @param message RpbSetBucketReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbSetBucketReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbSetBucketReq message, length delimited. Does not implicitly {@link RpbSetBucketReq.verify|verify} messages.
     * @param message RpbSetBucketReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbSetBucketReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbSetBucketReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbSetBucketReq & RpbSetBucketReq.$Shape} RpbSetBucketReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbSetBucketReq & RpbSetBucketReq.$Shape;

    /**
     * Decodes a RpbSetBucketReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbSetBucketReq & RpbSetBucketReq.$Shape} RpbSetBucketReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbSetBucketReq & RpbSetBucketReq.$Shape;

    /**
     * Verifies a RpbSetBucketReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbSetBucketReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbSetBucketReq
     */
    static fromObject(object: { [k: string]: any }): RpbSetBucketReq;

    /**
     * Creates a plain object from a RpbSetBucketReq message. Also converts values to other types if specified.
     * @param message RpbSetBucketReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbSetBucketReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbSetBucketReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbSetBucketReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbSetBucketReq {

    /** Properties of a RpbSetBucketReq. */
    interface $Properties {

        /** RpbSetBucketReq bucket */
        bucket: Uint8Array;

        /** RpbSetBucketReq props */
        props: RpbBucketProps.$Properties;

        /** RpbSetBucketReq type */
        type?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbSetBucketReq. */
    type $Shape = RpbSetBucketReq.$Properties;
}

/**
 * Properties of a RpbResetBucketReq.
 * @deprecated Use RpbResetBucketReq.$Properties instead.
 */
export interface IRpbResetBucketReq extends RpbResetBucketReq.$Properties {
}

/** Represents a RpbResetBucketReq. */
export class RpbResetBucketReq {

    /**
     * Constructs a new RpbResetBucketReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbResetBucketReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbResetBucketReq bucket. */
    bucket: Uint8Array;

    /** RpbResetBucketReq type. */
    type: Uint8Array;

    /**
     * Creates a new RpbResetBucketReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbResetBucketReq instance
     */
    static create(properties: RpbResetBucketReq.$Shape): RpbResetBucketReq & RpbResetBucketReq.$Shape;
    static create(properties?: RpbResetBucketReq.$Properties): RpbResetBucketReq;

    /**
     * Encodes the specified RpbResetBucketReq message. Does not implicitly {@link RpbResetBucketReq.verify|verify} messages.
     * @param message RpbResetBucketReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbResetBucketReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbResetBucketReq message, length delimited. Does not implicitly {@link RpbResetBucketReq.verify|verify} messages.
     * @param message RpbResetBucketReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbResetBucketReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbResetBucketReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbResetBucketReq & RpbResetBucketReq.$Shape} RpbResetBucketReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbResetBucketReq & RpbResetBucketReq.$Shape;

    /**
     * Decodes a RpbResetBucketReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbResetBucketReq & RpbResetBucketReq.$Shape} RpbResetBucketReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbResetBucketReq & RpbResetBucketReq.$Shape;

    /**
     * Verifies a RpbResetBucketReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbResetBucketReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbResetBucketReq
     */
    static fromObject(object: { [k: string]: any }): RpbResetBucketReq;

    /**
     * Creates a plain object from a RpbResetBucketReq message. Also converts values to other types if specified.
     * @param message RpbResetBucketReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbResetBucketReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbResetBucketReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbResetBucketReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbResetBucketReq {

    /** Properties of a RpbResetBucketReq. */
    interface $Properties {

        /** RpbResetBucketReq bucket */
        bucket: Uint8Array;

        /** RpbResetBucketReq type */
        type?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbResetBucketReq. */
    type $Shape = RpbResetBucketReq.$Properties;
}

/**
 * Properties of a RpbGetBucketTypeReq.
 * @deprecated Use RpbGetBucketTypeReq.$Properties instead.
 */
export interface IRpbGetBucketTypeReq extends RpbGetBucketTypeReq.$Properties {
}

/** Represents a RpbGetBucketTypeReq. */
export class RpbGetBucketTypeReq {

    /**
     * Constructs a new RpbGetBucketTypeReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbGetBucketTypeReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbGetBucketTypeReq type. */
    type: Uint8Array;

    /**
     * Creates a new RpbGetBucketTypeReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbGetBucketTypeReq instance
     */
    static create(properties: RpbGetBucketTypeReq.$Shape): RpbGetBucketTypeReq & RpbGetBucketTypeReq.$Shape;
    static create(properties?: RpbGetBucketTypeReq.$Properties): RpbGetBucketTypeReq;

    /**
     * Encodes the specified RpbGetBucketTypeReq message. Does not implicitly {@link RpbGetBucketTypeReq.verify|verify} messages.
     * @param message RpbGetBucketTypeReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbGetBucketTypeReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbGetBucketTypeReq message, length delimited. Does not implicitly {@link RpbGetBucketTypeReq.verify|verify} messages.
     * @param message RpbGetBucketTypeReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbGetBucketTypeReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbGetBucketTypeReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbGetBucketTypeReq & RpbGetBucketTypeReq.$Shape} RpbGetBucketTypeReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbGetBucketTypeReq & RpbGetBucketTypeReq.$Shape;

    /**
     * Decodes a RpbGetBucketTypeReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbGetBucketTypeReq & RpbGetBucketTypeReq.$Shape} RpbGetBucketTypeReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbGetBucketTypeReq & RpbGetBucketTypeReq.$Shape;

    /**
     * Verifies a RpbGetBucketTypeReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbGetBucketTypeReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbGetBucketTypeReq
     */
    static fromObject(object: { [k: string]: any }): RpbGetBucketTypeReq;

    /**
     * Creates a plain object from a RpbGetBucketTypeReq message. Also converts values to other types if specified.
     * @param message RpbGetBucketTypeReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbGetBucketTypeReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbGetBucketTypeReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbGetBucketTypeReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbGetBucketTypeReq {

    /** Properties of a RpbGetBucketTypeReq. */
    interface $Properties {

        /** RpbGetBucketTypeReq type */
        type: Uint8Array;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbGetBucketTypeReq. */
    type $Shape = RpbGetBucketTypeReq.$Properties;
}

/**
 * Properties of a RpbSetBucketTypeReq.
 * @deprecated Use RpbSetBucketTypeReq.$Properties instead.
 */
export interface IRpbSetBucketTypeReq extends RpbSetBucketTypeReq.$Properties {
}

/** Represents a RpbSetBucketTypeReq. */
export class RpbSetBucketTypeReq {

    /**
     * Constructs a new RpbSetBucketTypeReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbSetBucketTypeReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbSetBucketTypeReq type. */
    type: Uint8Array;

    /** RpbSetBucketTypeReq props. */
    props: RpbBucketProps.$Properties;

    /**
     * Creates a new RpbSetBucketTypeReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbSetBucketTypeReq instance
     */
    static create(properties: RpbSetBucketTypeReq.$Shape): RpbSetBucketTypeReq & RpbSetBucketTypeReq.$Shape;
    static create(properties?: RpbSetBucketTypeReq.$Properties): RpbSetBucketTypeReq;

    /**
     * Encodes the specified RpbSetBucketTypeReq message. Does not implicitly {@link RpbSetBucketTypeReq.verify|verify} messages.
     * @param message RpbSetBucketTypeReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbSetBucketTypeReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbSetBucketTypeReq message, length delimited. Does not implicitly {@link RpbSetBucketTypeReq.verify|verify} messages.
     * @param message RpbSetBucketTypeReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbSetBucketTypeReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbSetBucketTypeReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbSetBucketTypeReq & RpbSetBucketTypeReq.$Shape} RpbSetBucketTypeReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbSetBucketTypeReq & RpbSetBucketTypeReq.$Shape;

    /**
     * Decodes a RpbSetBucketTypeReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbSetBucketTypeReq & RpbSetBucketTypeReq.$Shape} RpbSetBucketTypeReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbSetBucketTypeReq & RpbSetBucketTypeReq.$Shape;

    /**
     * Verifies a RpbSetBucketTypeReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbSetBucketTypeReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbSetBucketTypeReq
     */
    static fromObject(object: { [k: string]: any }): RpbSetBucketTypeReq;

    /**
     * Creates a plain object from a RpbSetBucketTypeReq message. Also converts values to other types if specified.
     * @param message RpbSetBucketTypeReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbSetBucketTypeReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbSetBucketTypeReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbSetBucketTypeReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbSetBucketTypeReq {

    /** Properties of a RpbSetBucketTypeReq. */
    interface $Properties {

        /** RpbSetBucketTypeReq type */
        type: Uint8Array;

        /** RpbSetBucketTypeReq props */
        props: RpbBucketProps.$Properties;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbSetBucketTypeReq. */
    type $Shape = RpbSetBucketTypeReq.$Properties;
}

/**
 * Properties of a RpbAuthReq.
 * @deprecated Use RpbAuthReq.$Properties instead.
 */
export interface IRpbAuthReq extends RpbAuthReq.$Properties {
}

/** Represents a RpbAuthReq. */
export class RpbAuthReq {

    /**
     * Constructs a new RpbAuthReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAuthReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAuthReq user. */
    user: Uint8Array;

    /** RpbAuthReq password. */
    password: Uint8Array;

    /**
     * Creates a new RpbAuthReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAuthReq instance
     */
    static create(properties: RpbAuthReq.$Shape): RpbAuthReq & RpbAuthReq.$Shape;
    static create(properties?: RpbAuthReq.$Properties): RpbAuthReq;

    /**
     * Encodes the specified RpbAuthReq message. Does not implicitly {@link RpbAuthReq.verify|verify} messages.
     * @param message RpbAuthReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAuthReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAuthReq message, length delimited. Does not implicitly {@link RpbAuthReq.verify|verify} messages.
     * @param message RpbAuthReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAuthReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAuthReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAuthReq & RpbAuthReq.$Shape} RpbAuthReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAuthReq & RpbAuthReq.$Shape;

    /**
     * Decodes a RpbAuthReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAuthReq & RpbAuthReq.$Shape} RpbAuthReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAuthReq & RpbAuthReq.$Shape;

    /**
     * Verifies a RpbAuthReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAuthReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAuthReq
     */
    static fromObject(object: { [k: string]: any }): RpbAuthReq;

    /**
     * Creates a plain object from a RpbAuthReq message. Also converts values to other types if specified.
     * @param message RpbAuthReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAuthReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAuthReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAuthReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAuthReq {

    /** Properties of a RpbAuthReq. */
    interface $Properties {

        /** RpbAuthReq user */
        user: Uint8Array;

        /** RpbAuthReq password */
        password: Uint8Array;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAuthReq. */
    type $Shape = RpbAuthReq.$Properties;
}

/**
 * Properties of a MapField.
 * @deprecated Use MapField.$Properties instead.
 */
export interface IMapField extends MapField.$Properties {
}

/** Represents a MapField. */
export class MapField {

    /**
     * Constructs a new MapField.
     * @param [properties] Properties to set
     */
    constructor(properties?: MapField.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** MapField name. */
    name: Uint8Array;

    /** MapField type. */
    type: MapField.MapFieldType;

    /**
     * Creates a new MapField instance using the specified properties.
     * @param [properties] Properties to set
     * @returns MapField instance
     */
    static create(properties: MapField.$Shape): MapField & MapField.$Shape;
    static create(properties?: MapField.$Properties): MapField;

    /**
     * Encodes the specified MapField message. Does not implicitly {@link MapField.verify|verify} messages.
     * @param message MapField message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: MapField.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified MapField message, length delimited. Does not implicitly {@link MapField.verify|verify} messages.
     * @param message MapField message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: MapField.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a MapField message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {MapField & MapField.$Shape} MapField
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): MapField & MapField.$Shape;

    /**
     * Decodes a MapField message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {MapField & MapField.$Shape} MapField
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): MapField & MapField.$Shape;

    /**
     * Verifies a MapField message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a MapField message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns MapField
     */
    static fromObject(object: { [k: string]: any }): MapField;

    /**
     * Creates a plain object from a MapField message. Also converts values to other types if specified.
     * @param message MapField
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: MapField, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this MapField to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for MapField
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace MapField {

    /** Properties of a MapField. */
    interface $Properties {

        /** MapField name */
        name: Uint8Array;

        /** MapField type */
        type: MapField.MapFieldType;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a MapField. */
    type $Shape = MapField.$Properties;

    /** MapFieldType enum. */
    enum MapFieldType {

        /** COUNTER value */
        COUNTER = 1,

        /** SET value */
        SET = 2,

        /** REGISTER value */
        REGISTER = 3,

        /** FLAG value */
        FLAG = 4,

        /** MAP value */
        MAP = 5
    }
}

/**
 * Properties of a MapEntry.
 * @deprecated Use MapEntry.$Properties instead.
 */
export interface IMapEntry extends MapEntry.$Properties {
}

/** Represents a MapEntry. */
export class MapEntry {

    /**
     * Constructs a new MapEntry.
     * @param [properties] Properties to set
     */
    constructor(properties?: MapEntry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** MapEntry field. */
    field: MapField.$Properties;

    /** MapEntry counterValue. */
    counterValue: number;

    /** MapEntry setValue. */
    setValue: Uint8Array[];

    /** MapEntry registerValue. */
    registerValue: Uint8Array;

    /** MapEntry flagValue. */
    flagValue: boolean;

    /** MapEntry mapValue. */
    mapValue: MapEntry.$Properties[];

    /**
     * Creates a new MapEntry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns MapEntry instance
     */
    static create(properties: MapEntry.$Shape): MapEntry & MapEntry.$Shape;
    static create(properties?: MapEntry.$Properties): MapEntry;

    /**
     * Encodes the specified MapEntry message. Does not implicitly {@link MapEntry.verify|verify} messages.
     * @param message MapEntry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: MapEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified MapEntry message, length delimited. Does not implicitly {@link MapEntry.verify|verify} messages.
     * @param message MapEntry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: MapEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a MapEntry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {MapEntry & MapEntry.$Shape} MapEntry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): MapEntry & MapEntry.$Shape;

    /**
     * Decodes a MapEntry message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {MapEntry & MapEntry.$Shape} MapEntry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): MapEntry & MapEntry.$Shape;

    /**
     * Verifies a MapEntry message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a MapEntry message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns MapEntry
     */
    static fromObject(object: { [k: string]: any }): MapEntry;

    /**
     * Creates a plain object from a MapEntry message. Also converts values to other types if specified.
     * @param message MapEntry
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: MapEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this MapEntry to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for MapEntry
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace MapEntry {

    /** Properties of a MapEntry. */
    interface $Properties {

        /** MapEntry field */
        field: MapField.$Properties;

        /** MapEntry counterValue */
        counterValue?: (number|null);

        /** MapEntry setValue */
        setValue?: (Uint8Array[]|null);

        /** MapEntry registerValue */
        registerValue?: (Uint8Array|null);

        /** MapEntry flagValue */
        flagValue?: (boolean|null);

        /** MapEntry mapValue */
        mapValue?: (MapEntry.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a MapEntry. */
    type $Shape = MapEntry.$Properties;
}

/**
 * Properties of a DtFetchReq.
 * @deprecated Use DtFetchReq.$Properties instead.
 */
export interface IDtFetchReq extends DtFetchReq.$Properties {
}

/** Represents a DtFetchReq. */
export class DtFetchReq {

    /**
     * Constructs a new DtFetchReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: DtFetchReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** DtFetchReq bucket. */
    bucket: Uint8Array;

    /** DtFetchReq key. */
    key: Uint8Array;

    /** DtFetchReq type. */
    type: Uint8Array;

    /** DtFetchReq r. */
    r: number;

    /** DtFetchReq pr. */
    pr: number;

    /** DtFetchReq basicQuorum. */
    basicQuorum: boolean;

    /** DtFetchReq notfoundOk. */
    notfoundOk: boolean;

    /** DtFetchReq timeout. */
    timeout: number;

    /** DtFetchReq sloppyQuorum. */
    sloppyQuorum: boolean;

    /** DtFetchReq nVal. */
    nVal: number;

    /** DtFetchReq includeContext. */
    includeContext: boolean;

    /** DtFetchReq nodeConfirms. */
    nodeConfirms: number;

    /**
     * Creates a new DtFetchReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns DtFetchReq instance
     */
    static create(properties: DtFetchReq.$Shape): DtFetchReq & DtFetchReq.$Shape;
    static create(properties?: DtFetchReq.$Properties): DtFetchReq;

    /**
     * Encodes the specified DtFetchReq message. Does not implicitly {@link DtFetchReq.verify|verify} messages.
     * @param message DtFetchReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: DtFetchReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified DtFetchReq message, length delimited. Does not implicitly {@link DtFetchReq.verify|verify} messages.
     * @param message DtFetchReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: DtFetchReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a DtFetchReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {DtFetchReq & DtFetchReq.$Shape} DtFetchReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): DtFetchReq & DtFetchReq.$Shape;

    /**
     * Decodes a DtFetchReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {DtFetchReq & DtFetchReq.$Shape} DtFetchReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): DtFetchReq & DtFetchReq.$Shape;

    /**
     * Verifies a DtFetchReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a DtFetchReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns DtFetchReq
     */
    static fromObject(object: { [k: string]: any }): DtFetchReq;

    /**
     * Creates a plain object from a DtFetchReq message. Also converts values to other types if specified.
     * @param message DtFetchReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: DtFetchReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this DtFetchReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for DtFetchReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace DtFetchReq {

    /** Properties of a DtFetchReq. */
    interface $Properties {

        /** DtFetchReq bucket */
        bucket: Uint8Array;

        /** DtFetchReq key */
        key: Uint8Array;

        /** DtFetchReq type */
        type: Uint8Array;

        /** DtFetchReq r */
        r?: (number|null);

        /** DtFetchReq pr */
        pr?: (number|null);

        /** DtFetchReq basicQuorum */
        basicQuorum?: (boolean|null);

        /** DtFetchReq notfoundOk */
        notfoundOk?: (boolean|null);

        /** DtFetchReq timeout */
        timeout?: (number|null);

        /** DtFetchReq sloppyQuorum */
        sloppyQuorum?: (boolean|null);

        /** DtFetchReq nVal */
        nVal?: (number|null);

        /** DtFetchReq includeContext */
        includeContext?: (boolean|null);

        /** DtFetchReq nodeConfirms */
        nodeConfirms?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a DtFetchReq. */
    type $Shape = DtFetchReq.$Properties;
}

/**
 * Properties of a DtValue.
 * @deprecated Use DtValue.$Properties instead.
 */
export interface IDtValue extends DtValue.$Properties {
}

/** Represents a DtValue. */
export class DtValue {

    /**
     * Constructs a new DtValue.
     * @param [properties] Properties to set
     */
    constructor(properties?: DtValue.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** DtValue counterValue. */
    counterValue: number;

    /** DtValue setValue. */
    setValue: Uint8Array[];

    /** DtValue mapValue. */
    mapValue: MapEntry.$Properties[];

    /** DtValue hllValue. */
    hllValue: number;

    /** DtValue gsetValue. */
    gsetValue: Uint8Array[];

    /**
     * Creates a new DtValue instance using the specified properties.
     * @param [properties] Properties to set
     * @returns DtValue instance
     */
    static create(properties: DtValue.$Shape): DtValue & DtValue.$Shape;
    static create(properties?: DtValue.$Properties): DtValue;

    /**
     * Encodes the specified DtValue message. Does not implicitly {@link DtValue.verify|verify} messages.
     * @param message DtValue message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: DtValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified DtValue message, length delimited. Does not implicitly {@link DtValue.verify|verify} messages.
     * @param message DtValue message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: DtValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a DtValue message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {DtValue & DtValue.$Shape} DtValue
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): DtValue & DtValue.$Shape;

    /**
     * Decodes a DtValue message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {DtValue & DtValue.$Shape} DtValue
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): DtValue & DtValue.$Shape;

    /**
     * Verifies a DtValue message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a DtValue message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns DtValue
     */
    static fromObject(object: { [k: string]: any }): DtValue;

    /**
     * Creates a plain object from a DtValue message. Also converts values to other types if specified.
     * @param message DtValue
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: DtValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this DtValue to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for DtValue
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace DtValue {

    /** Properties of a DtValue. */
    interface $Properties {

        /** DtValue counterValue */
        counterValue?: (number|null);

        /** DtValue setValue */
        setValue?: (Uint8Array[]|null);

        /** DtValue mapValue */
        mapValue?: (MapEntry.$Properties[]|null);

        /** DtValue hllValue */
        hllValue?: (number|null);

        /** DtValue gsetValue */
        gsetValue?: (Uint8Array[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a DtValue. */
    type $Shape = DtValue.$Properties;
}

/**
 * Properties of a DtFetchResp.
 * @deprecated Use DtFetchResp.$Properties instead.
 */
export interface IDtFetchResp extends DtFetchResp.$Properties {
}

/** Represents a DtFetchResp. */
export class DtFetchResp {

    /**
     * Constructs a new DtFetchResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: DtFetchResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** DtFetchResp context. */
    context: Uint8Array;

    /** DtFetchResp type. */
    type: DtFetchResp.DataType;

    /** DtFetchResp value. */
    value?: (DtValue.$Properties|null);

    /**
     * Creates a new DtFetchResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns DtFetchResp instance
     */
    static create(properties: DtFetchResp.$Shape): DtFetchResp & DtFetchResp.$Shape;
    static create(properties?: DtFetchResp.$Properties): DtFetchResp;

    /**
     * Encodes the specified DtFetchResp message. Does not implicitly {@link DtFetchResp.verify|verify} messages.
     * @param message DtFetchResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: DtFetchResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified DtFetchResp message, length delimited. Does not implicitly {@link DtFetchResp.verify|verify} messages.
     * @param message DtFetchResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: DtFetchResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a DtFetchResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {DtFetchResp & DtFetchResp.$Shape} DtFetchResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): DtFetchResp & DtFetchResp.$Shape;

    /**
     * Decodes a DtFetchResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {DtFetchResp & DtFetchResp.$Shape} DtFetchResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): DtFetchResp & DtFetchResp.$Shape;

    /**
     * Verifies a DtFetchResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a DtFetchResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns DtFetchResp
     */
    static fromObject(object: { [k: string]: any }): DtFetchResp;

    /**
     * Creates a plain object from a DtFetchResp message. Also converts values to other types if specified.
     * @param message DtFetchResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: DtFetchResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this DtFetchResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for DtFetchResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace DtFetchResp {

    /** Properties of a DtFetchResp. */
    interface $Properties {

        /** DtFetchResp context */
        context?: (Uint8Array|null);

        /** DtFetchResp type */
        type: DtFetchResp.DataType;

        /** DtFetchResp value */
        value?: (DtValue.$Properties|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a DtFetchResp. */
    type $Shape = DtFetchResp.$Properties;

    /** DataType enum. */
    enum DataType {

        /** COUNTER value */
        COUNTER = 1,

        /** SET value */
        SET = 2,

        /** MAP value */
        MAP = 3,

        /** HLL value */
        HLL = 4,

        /** GSET value */
        GSET = 5
    }
}

/**
 * Properties of a CounterOp.
 * @deprecated Use CounterOp.$Properties instead.
 */
export interface ICounterOp extends CounterOp.$Properties {
}

/** Represents a CounterOp. */
export class CounterOp {

    /**
     * Constructs a new CounterOp.
     * @param [properties] Properties to set
     */
    constructor(properties?: CounterOp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** CounterOp increment. */
    increment: number;

    /**
     * Creates a new CounterOp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns CounterOp instance
     */
    static create(properties: CounterOp.$Shape): CounterOp & CounterOp.$Shape;
    static create(properties?: CounterOp.$Properties): CounterOp;

    /**
     * Encodes the specified CounterOp message. Does not implicitly {@link CounterOp.verify|verify} messages.
     * @param message CounterOp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: CounterOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified CounterOp message, length delimited. Does not implicitly {@link CounterOp.verify|verify} messages.
     * @param message CounterOp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: CounterOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a CounterOp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {CounterOp & CounterOp.$Shape} CounterOp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): CounterOp & CounterOp.$Shape;

    /**
     * Decodes a CounterOp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {CounterOp & CounterOp.$Shape} CounterOp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): CounterOp & CounterOp.$Shape;

    /**
     * Verifies a CounterOp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a CounterOp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns CounterOp
     */
    static fromObject(object: { [k: string]: any }): CounterOp;

    /**
     * Creates a plain object from a CounterOp message. Also converts values to other types if specified.
     * @param message CounterOp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: CounterOp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this CounterOp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for CounterOp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace CounterOp {

    /** Properties of a CounterOp. */
    interface $Properties {

        /** CounterOp increment */
        increment?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a CounterOp. */
    type $Shape = CounterOp.$Properties;
}

/**
 * Properties of a SetOp.
 * @deprecated Use SetOp.$Properties instead.
 */
export interface ISetOp extends SetOp.$Properties {
}

/** Represents a SetOp. */
export class SetOp {

    /**
     * Constructs a new SetOp.
     * @param [properties] Properties to set
     */
    constructor(properties?: SetOp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** SetOp adds. */
    adds: Uint8Array[];

    /** SetOp removes. */
    removes: Uint8Array[];

    /**
     * Creates a new SetOp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns SetOp instance
     */
    static create(properties: SetOp.$Shape): SetOp & SetOp.$Shape;
    static create(properties?: SetOp.$Properties): SetOp;

    /**
     * Encodes the specified SetOp message. Does not implicitly {@link SetOp.verify|verify} messages.
     * @param message SetOp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: SetOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified SetOp message, length delimited. Does not implicitly {@link SetOp.verify|verify} messages.
     * @param message SetOp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: SetOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a SetOp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {SetOp & SetOp.$Shape} SetOp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SetOp & SetOp.$Shape;

    /**
     * Decodes a SetOp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {SetOp & SetOp.$Shape} SetOp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): SetOp & SetOp.$Shape;

    /**
     * Verifies a SetOp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a SetOp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns SetOp
     */
    static fromObject(object: { [k: string]: any }): SetOp;

    /**
     * Creates a plain object from a SetOp message. Also converts values to other types if specified.
     * @param message SetOp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: SetOp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this SetOp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for SetOp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace SetOp {

    /** Properties of a SetOp. */
    interface $Properties {

        /** SetOp adds */
        adds?: (Uint8Array[]|null);

        /** SetOp removes */
        removes?: (Uint8Array[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a SetOp. */
    type $Shape = SetOp.$Properties;
}

/**
 * Properties of a GSetOp.
 * @deprecated Use GSetOp.$Properties instead.
 */
export interface IGSetOp extends GSetOp.$Properties {
}

/** Represents a GSetOp. */
export class GSetOp {

    /**
     * Constructs a new GSetOp.
     * @param [properties] Properties to set
     */
    constructor(properties?: GSetOp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** GSetOp adds. */
    adds: Uint8Array[];

    /**
     * Creates a new GSetOp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns GSetOp instance
     */
    static create(properties: GSetOp.$Shape): GSetOp & GSetOp.$Shape;
    static create(properties?: GSetOp.$Properties): GSetOp;

    /**
     * Encodes the specified GSetOp message. Does not implicitly {@link GSetOp.verify|verify} messages.
     * @param message GSetOp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: GSetOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified GSetOp message, length delimited. Does not implicitly {@link GSetOp.verify|verify} messages.
     * @param message GSetOp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: GSetOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a GSetOp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {GSetOp & GSetOp.$Shape} GSetOp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): GSetOp & GSetOp.$Shape;

    /**
     * Decodes a GSetOp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {GSetOp & GSetOp.$Shape} GSetOp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): GSetOp & GSetOp.$Shape;

    /**
     * Verifies a GSetOp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a GSetOp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns GSetOp
     */
    static fromObject(object: { [k: string]: any }): GSetOp;

    /**
     * Creates a plain object from a GSetOp message. Also converts values to other types if specified.
     * @param message GSetOp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: GSetOp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this GSetOp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for GSetOp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace GSetOp {

    /** Properties of a GSetOp. */
    interface $Properties {

        /** GSetOp adds */
        adds?: (Uint8Array[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a GSetOp. */
    type $Shape = GSetOp.$Properties;
}

/**
 * Properties of a HllOp.
 * @deprecated Use HllOp.$Properties instead.
 */
export interface IHllOp extends HllOp.$Properties {
}

/** Represents a HllOp. */
export class HllOp {

    /**
     * Constructs a new HllOp.
     * @param [properties] Properties to set
     */
    constructor(properties?: HllOp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** HllOp adds. */
    adds: Uint8Array[];

    /**
     * Creates a new HllOp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns HllOp instance
     */
    static create(properties: HllOp.$Shape): HllOp & HllOp.$Shape;
    static create(properties?: HllOp.$Properties): HllOp;

    /**
     * Encodes the specified HllOp message. Does not implicitly {@link HllOp.verify|verify} messages.
     * @param message HllOp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: HllOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified HllOp message, length delimited. Does not implicitly {@link HllOp.verify|verify} messages.
     * @param message HllOp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: HllOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a HllOp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {HllOp & HllOp.$Shape} HllOp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): HllOp & HllOp.$Shape;

    /**
     * Decodes a HllOp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {HllOp & HllOp.$Shape} HllOp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): HllOp & HllOp.$Shape;

    /**
     * Verifies a HllOp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a HllOp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns HllOp
     */
    static fromObject(object: { [k: string]: any }): HllOp;

    /**
     * Creates a plain object from a HllOp message. Also converts values to other types if specified.
     * @param message HllOp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: HllOp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this HllOp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for HllOp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace HllOp {

    /** Properties of a HllOp. */
    interface $Properties {

        /** HllOp adds */
        adds?: (Uint8Array[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a HllOp. */
    type $Shape = HllOp.$Properties;
}

/**
 * Properties of a MapUpdate.
 * @deprecated Use MapUpdate.$Properties instead.
 */
export interface IMapUpdate extends MapUpdate.$Properties {
}

/** Represents a MapUpdate. */
export class MapUpdate {

    /**
     * Constructs a new MapUpdate.
     * @param [properties] Properties to set
     */
    constructor(properties?: MapUpdate.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** MapUpdate field. */
    field: MapField.$Properties;

    /** MapUpdate counterOp. */
    counterOp?: (CounterOp.$Properties|null);

    /** MapUpdate setOp. */
    setOp?: (SetOp.$Properties|null);

    /** MapUpdate registerOp. */
    registerOp: Uint8Array;

    /** MapUpdate flagOp. */
    flagOp: MapUpdate.FlagOp;

    /** MapUpdate mapOp. */
    mapOp?: (MapOp.$Properties|null);

    /**
     * Creates a new MapUpdate instance using the specified properties.
     * @param [properties] Properties to set
     * @returns MapUpdate instance
     */
    static create(properties: MapUpdate.$Shape): MapUpdate & MapUpdate.$Shape;
    static create(properties?: MapUpdate.$Properties): MapUpdate;

    /**
     * Encodes the specified MapUpdate message. Does not implicitly {@link MapUpdate.verify|verify} messages.
     * @param message MapUpdate message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: MapUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified MapUpdate message, length delimited. Does not implicitly {@link MapUpdate.verify|verify} messages.
     * @param message MapUpdate message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: MapUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a MapUpdate message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {MapUpdate & MapUpdate.$Shape} MapUpdate
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): MapUpdate & MapUpdate.$Shape;

    /**
     * Decodes a MapUpdate message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {MapUpdate & MapUpdate.$Shape} MapUpdate
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): MapUpdate & MapUpdate.$Shape;

    /**
     * Verifies a MapUpdate message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a MapUpdate message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns MapUpdate
     */
    static fromObject(object: { [k: string]: any }): MapUpdate;

    /**
     * Creates a plain object from a MapUpdate message. Also converts values to other types if specified.
     * @param message MapUpdate
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: MapUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this MapUpdate to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for MapUpdate
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace MapUpdate {

    /** Properties of a MapUpdate. */
    interface $Properties {

        /** MapUpdate field */
        field: MapField.$Properties;

        /** MapUpdate counterOp */
        counterOp?: (CounterOp.$Properties|null);

        /** MapUpdate setOp */
        setOp?: (SetOp.$Properties|null);

        /** MapUpdate registerOp */
        registerOp?: (Uint8Array|null);

        /** MapUpdate flagOp */
        flagOp?: (MapUpdate.FlagOp|null);

        /** MapUpdate mapOp */
        mapOp?: (MapOp.$Properties|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a MapUpdate. */
    type $Shape = MapUpdate.$Properties;

    /** FlagOp enum. */
    enum FlagOp {

        /** ENABLE value */
        ENABLE = 1,

        /** DISABLE value */
        DISABLE = 2
    }
}

/**
 * Properties of a MapOp.
 * @deprecated Use MapOp.$Properties instead.
 */
export interface IMapOp extends MapOp.$Properties {
}

/** Represents a MapOp. */
export class MapOp {

    /**
     * Constructs a new MapOp.
     * @param [properties] Properties to set
     */
    constructor(properties?: MapOp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** MapOp removes. */
    removes: MapField.$Properties[];

    /** MapOp updates. */
    updates: MapUpdate.$Properties[];

    /**
     * Creates a new MapOp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns MapOp instance
     */
    static create(properties: MapOp.$Shape): MapOp & MapOp.$Shape;
    static create(properties?: MapOp.$Properties): MapOp;

    /**
     * Encodes the specified MapOp message. Does not implicitly {@link MapOp.verify|verify} messages.
     * @param message MapOp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: MapOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified MapOp message, length delimited. Does not implicitly {@link MapOp.verify|verify} messages.
     * @param message MapOp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: MapOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a MapOp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {MapOp & MapOp.$Shape} MapOp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): MapOp & MapOp.$Shape;

    /**
     * Decodes a MapOp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {MapOp & MapOp.$Shape} MapOp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): MapOp & MapOp.$Shape;

    /**
     * Verifies a MapOp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a MapOp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns MapOp
     */
    static fromObject(object: { [k: string]: any }): MapOp;

    /**
     * Creates a plain object from a MapOp message. Also converts values to other types if specified.
     * @param message MapOp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: MapOp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this MapOp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for MapOp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace MapOp {

    /** Properties of a MapOp. */
    interface $Properties {

        /** MapOp removes */
        removes?: (MapField.$Properties[]|null);

        /** MapOp updates */
        updates?: (MapUpdate.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a MapOp. */
    type $Shape = MapOp.$Properties;
}

/**
 * Properties of a DtOp.
 * @deprecated Use DtOp.$Properties instead.
 */
export interface IDtOp extends DtOp.$Properties {
}

/** Represents a DtOp. */
export class DtOp {

    /**
     * Constructs a new DtOp.
     * @param [properties] Properties to set
     */
    constructor(properties?: DtOp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** DtOp counterOp. */
    counterOp?: (CounterOp.$Properties|null);

    /** DtOp setOp. */
    setOp?: (SetOp.$Properties|null);

    /** DtOp mapOp. */
    mapOp?: (MapOp.$Properties|null);

    /** DtOp hllOp. */
    hllOp?: (HllOp.$Properties|null);

    /** DtOp gsetOp. */
    gsetOp?: (GSetOp.$Properties|null);

    /**
     * Creates a new DtOp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns DtOp instance
     */
    static create(properties: DtOp.$Shape): DtOp & DtOp.$Shape;
    static create(properties?: DtOp.$Properties): DtOp;

    /**
     * Encodes the specified DtOp message. Does not implicitly {@link DtOp.verify|verify} messages.
     * @param message DtOp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: DtOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified DtOp message, length delimited. Does not implicitly {@link DtOp.verify|verify} messages.
     * @param message DtOp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: DtOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a DtOp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {DtOp & DtOp.$Shape} DtOp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): DtOp & DtOp.$Shape;

    /**
     * Decodes a DtOp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {DtOp & DtOp.$Shape} DtOp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): DtOp & DtOp.$Shape;

    /**
     * Verifies a DtOp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a DtOp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns DtOp
     */
    static fromObject(object: { [k: string]: any }): DtOp;

    /**
     * Creates a plain object from a DtOp message. Also converts values to other types if specified.
     * @param message DtOp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: DtOp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this DtOp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for DtOp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace DtOp {

    /** Properties of a DtOp. */
    interface $Properties {

        /** DtOp counterOp */
        counterOp?: (CounterOp.$Properties|null);

        /** DtOp setOp */
        setOp?: (SetOp.$Properties|null);

        /** DtOp mapOp */
        mapOp?: (MapOp.$Properties|null);

        /** DtOp hllOp */
        hllOp?: (HllOp.$Properties|null);

        /** DtOp gsetOp */
        gsetOp?: (GSetOp.$Properties|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a DtOp. */
    type $Shape = DtOp.$Properties;
}

/**
 * Properties of a DtUpdateReq.
 * @deprecated Use DtUpdateReq.$Properties instead.
 */
export interface IDtUpdateReq extends DtUpdateReq.$Properties {
}

/** Represents a DtUpdateReq. */
export class DtUpdateReq {

    /**
     * Constructs a new DtUpdateReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: DtUpdateReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** DtUpdateReq bucket. */
    bucket: Uint8Array;

    /** DtUpdateReq key. */
    key: Uint8Array;

    /** DtUpdateReq type. */
    type: Uint8Array;

    /** DtUpdateReq context. */
    context: Uint8Array;

    /** DtUpdateReq op. */
    op: DtOp.$Properties;

    /** DtUpdateReq w. */
    w: number;

    /** DtUpdateReq dw. */
    dw: number;

    /** DtUpdateReq pw. */
    pw: number;

    /** DtUpdateReq returnBody. */
    returnBody: boolean;

    /** DtUpdateReq timeout. */
    timeout: number;

    /** DtUpdateReq sloppyQuorum. */
    sloppyQuorum: boolean;

    /** DtUpdateReq nVal. */
    nVal: number;

    /** DtUpdateReq includeContext. */
    includeContext: boolean;

    /** DtUpdateReq nodeConfirms. */
    nodeConfirms: number;

    /**
     * Creates a new DtUpdateReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns DtUpdateReq instance
     */
    static create(properties: DtUpdateReq.$Shape): DtUpdateReq & DtUpdateReq.$Shape;
    static create(properties?: DtUpdateReq.$Properties): DtUpdateReq;

    /**
     * Encodes the specified DtUpdateReq message. Does not implicitly {@link DtUpdateReq.verify|verify} messages.
     * @param message DtUpdateReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: DtUpdateReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified DtUpdateReq message, length delimited. Does not implicitly {@link DtUpdateReq.verify|verify} messages.
     * @param message DtUpdateReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: DtUpdateReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a DtUpdateReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {DtUpdateReq & DtUpdateReq.$Shape} DtUpdateReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): DtUpdateReq & DtUpdateReq.$Shape;

    /**
     * Decodes a DtUpdateReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {DtUpdateReq & DtUpdateReq.$Shape} DtUpdateReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): DtUpdateReq & DtUpdateReq.$Shape;

    /**
     * Verifies a DtUpdateReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a DtUpdateReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns DtUpdateReq
     */
    static fromObject(object: { [k: string]: any }): DtUpdateReq;

    /**
     * Creates a plain object from a DtUpdateReq message. Also converts values to other types if specified.
     * @param message DtUpdateReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: DtUpdateReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this DtUpdateReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for DtUpdateReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace DtUpdateReq {

    /** Properties of a DtUpdateReq. */
    interface $Properties {

        /** DtUpdateReq bucket */
        bucket: Uint8Array;

        /** DtUpdateReq key */
        key?: (Uint8Array|null);

        /** DtUpdateReq type */
        type: Uint8Array;

        /** DtUpdateReq context */
        context?: (Uint8Array|null);

        /** DtUpdateReq op */
        op: DtOp.$Properties;

        /** DtUpdateReq w */
        w?: (number|null);

        /** DtUpdateReq dw */
        dw?: (number|null);

        /** DtUpdateReq pw */
        pw?: (number|null);

        /** DtUpdateReq returnBody */
        returnBody?: (boolean|null);

        /** DtUpdateReq timeout */
        timeout?: (number|null);

        /** DtUpdateReq sloppyQuorum */
        sloppyQuorum?: (boolean|null);

        /** DtUpdateReq nVal */
        nVal?: (number|null);

        /** DtUpdateReq includeContext */
        includeContext?: (boolean|null);

        /** DtUpdateReq nodeConfirms */
        nodeConfirms?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a DtUpdateReq. */
    type $Shape = DtUpdateReq.$Properties;
}

/**
 * Properties of a DtUpdateResp.
 * @deprecated Use DtUpdateResp.$Properties instead.
 */
export interface IDtUpdateResp extends DtUpdateResp.$Properties {
}

/** Represents a DtUpdateResp. */
export class DtUpdateResp {

    /**
     * Constructs a new DtUpdateResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: DtUpdateResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** DtUpdateResp key. */
    key: Uint8Array;

    /** DtUpdateResp context. */
    context: Uint8Array;

    /** DtUpdateResp counterValue. */
    counterValue: number;

    /** DtUpdateResp setValue. */
    setValue: Uint8Array[];

    /** DtUpdateResp mapValue. */
    mapValue: MapEntry.$Properties[];

    /** DtUpdateResp hllValue. */
    hllValue: number;

    /** DtUpdateResp gsetValue. */
    gsetValue: Uint8Array[];

    /**
     * Creates a new DtUpdateResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns DtUpdateResp instance
     */
    static create(properties: DtUpdateResp.$Shape): DtUpdateResp & DtUpdateResp.$Shape;
    static create(properties?: DtUpdateResp.$Properties): DtUpdateResp;

    /**
     * Encodes the specified DtUpdateResp message. Does not implicitly {@link DtUpdateResp.verify|verify} messages.
     * @param message DtUpdateResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: DtUpdateResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified DtUpdateResp message, length delimited. Does not implicitly {@link DtUpdateResp.verify|verify} messages.
     * @param message DtUpdateResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: DtUpdateResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a DtUpdateResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {DtUpdateResp & DtUpdateResp.$Shape} DtUpdateResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): DtUpdateResp & DtUpdateResp.$Shape;

    /**
     * Decodes a DtUpdateResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {DtUpdateResp & DtUpdateResp.$Shape} DtUpdateResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): DtUpdateResp & DtUpdateResp.$Shape;

    /**
     * Verifies a DtUpdateResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a DtUpdateResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns DtUpdateResp
     */
    static fromObject(object: { [k: string]: any }): DtUpdateResp;

    /**
     * Creates a plain object from a DtUpdateResp message. Also converts values to other types if specified.
     * @param message DtUpdateResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: DtUpdateResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this DtUpdateResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for DtUpdateResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace DtUpdateResp {

    /** Properties of a DtUpdateResp. */
    interface $Properties {

        /** DtUpdateResp key */
        key?: (Uint8Array|null);

        /** DtUpdateResp context */
        context?: (Uint8Array|null);

        /** DtUpdateResp counterValue */
        counterValue?: (number|null);

        /** DtUpdateResp setValue */
        setValue?: (Uint8Array[]|null);

        /** DtUpdateResp mapValue */
        mapValue?: (MapEntry.$Properties[]|null);

        /** DtUpdateResp hllValue */
        hllValue?: (number|null);

        /** DtUpdateResp gsetValue */
        gsetValue?: (Uint8Array[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a DtUpdateResp. */
    type $Shape = DtUpdateResp.$Properties;
}

/**
 * Properties of a RpbGetClientIdResp.
 * @deprecated Use RpbGetClientIdResp.$Properties instead.
 */
export interface IRpbGetClientIdResp extends RpbGetClientIdResp.$Properties {
}

/** Represents a RpbGetClientIdResp. */
export class RpbGetClientIdResp {

    /**
     * Constructs a new RpbGetClientIdResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbGetClientIdResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbGetClientIdResp clientId. */
    clientId: Uint8Array;

    /**
     * Creates a new RpbGetClientIdResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbGetClientIdResp instance
     */
    static create(properties: RpbGetClientIdResp.$Shape): RpbGetClientIdResp & RpbGetClientIdResp.$Shape;
    static create(properties?: RpbGetClientIdResp.$Properties): RpbGetClientIdResp;

    /**
     * Encodes the specified RpbGetClientIdResp message. Does not implicitly {@link RpbGetClientIdResp.verify|verify} messages.
     * @param message RpbGetClientIdResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbGetClientIdResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbGetClientIdResp message, length delimited. Does not implicitly {@link RpbGetClientIdResp.verify|verify} messages.
     * @param message RpbGetClientIdResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbGetClientIdResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbGetClientIdResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbGetClientIdResp & RpbGetClientIdResp.$Shape} RpbGetClientIdResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbGetClientIdResp & RpbGetClientIdResp.$Shape;

    /**
     * Decodes a RpbGetClientIdResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbGetClientIdResp & RpbGetClientIdResp.$Shape} RpbGetClientIdResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbGetClientIdResp & RpbGetClientIdResp.$Shape;

    /**
     * Verifies a RpbGetClientIdResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbGetClientIdResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbGetClientIdResp
     */
    static fromObject(object: { [k: string]: any }): RpbGetClientIdResp;

    /**
     * Creates a plain object from a RpbGetClientIdResp message. Also converts values to other types if specified.
     * @param message RpbGetClientIdResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbGetClientIdResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbGetClientIdResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbGetClientIdResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbGetClientIdResp {

    /** Properties of a RpbGetClientIdResp. */
    interface $Properties {

        /** RpbGetClientIdResp clientId */
        clientId: Uint8Array;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbGetClientIdResp. */
    type $Shape = RpbGetClientIdResp.$Properties;
}

/**
 * Properties of a RpbSetClientIdReq.
 * @deprecated Use RpbSetClientIdReq.$Properties instead.
 */
export interface IRpbSetClientIdReq extends RpbSetClientIdReq.$Properties {
}

/** Represents a RpbSetClientIdReq. */
export class RpbSetClientIdReq {

    /**
     * Constructs a new RpbSetClientIdReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbSetClientIdReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbSetClientIdReq clientId. */
    clientId: Uint8Array;

    /**
     * Creates a new RpbSetClientIdReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbSetClientIdReq instance
     */
    static create(properties: RpbSetClientIdReq.$Shape): RpbSetClientIdReq & RpbSetClientIdReq.$Shape;
    static create(properties?: RpbSetClientIdReq.$Properties): RpbSetClientIdReq;

    /**
     * Encodes the specified RpbSetClientIdReq message. Does not implicitly {@link RpbSetClientIdReq.verify|verify} messages.
     * @param message RpbSetClientIdReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbSetClientIdReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbSetClientIdReq message, length delimited. Does not implicitly {@link RpbSetClientIdReq.verify|verify} messages.
     * @param message RpbSetClientIdReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbSetClientIdReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbSetClientIdReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbSetClientIdReq & RpbSetClientIdReq.$Shape} RpbSetClientIdReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbSetClientIdReq & RpbSetClientIdReq.$Shape;

    /**
     * Decodes a RpbSetClientIdReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbSetClientIdReq & RpbSetClientIdReq.$Shape} RpbSetClientIdReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbSetClientIdReq & RpbSetClientIdReq.$Shape;

    /**
     * Verifies a RpbSetClientIdReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbSetClientIdReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbSetClientIdReq
     */
    static fromObject(object: { [k: string]: any }): RpbSetClientIdReq;

    /**
     * Creates a plain object from a RpbSetClientIdReq message. Also converts values to other types if specified.
     * @param message RpbSetClientIdReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbSetClientIdReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbSetClientIdReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbSetClientIdReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbSetClientIdReq {

    /** Properties of a RpbSetClientIdReq. */
    interface $Properties {

        /** RpbSetClientIdReq clientId */
        clientId: Uint8Array;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbSetClientIdReq. */
    type $Shape = RpbSetClientIdReq.$Properties;
}

/**
 * Properties of a RpbContent.
 * @deprecated Use RpbContent.$Properties instead.
 */
export interface IRpbContent extends RpbContent.$Properties {
}

/** Represents a RpbContent. */
export class RpbContent {

    /**
     * Constructs a new RpbContent.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbContent.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbContent value. */
    value: Uint8Array;

    /** RpbContent contentType. */
    contentType: Uint8Array;

    /** RpbContent charset. */
    charset: Uint8Array;

    /** RpbContent contentEncoding. */
    contentEncoding: Uint8Array;

    /** RpbContent vtag. */
    vtag: Uint8Array;

    /** RpbContent links. */
    links: RpbLink.$Properties[];

    /** RpbContent lastMod. */
    lastMod: number;

    /** RpbContent lastModUsecs. */
    lastModUsecs: number;

    /** RpbContent usermeta. */
    usermeta: RpbPair.$Properties[];

    /** RpbContent indexes. */
    indexes: RpbPair.$Properties[];

    /** RpbContent deleted. */
    deleted: boolean;

    /**
     * Creates a new RpbContent instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbContent instance
     */
    static create(properties: RpbContent.$Shape): RpbContent & RpbContent.$Shape;
    static create(properties?: RpbContent.$Properties): RpbContent;

    /**
     * Encodes the specified RpbContent message. Does not implicitly {@link RpbContent.verify|verify} messages.
     * @param message RpbContent message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbContent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbContent message, length delimited. Does not implicitly {@link RpbContent.verify|verify} messages.
     * @param message RpbContent message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbContent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbContent message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbContent & RpbContent.$Shape} RpbContent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbContent & RpbContent.$Shape;

    /**
     * Decodes a RpbContent message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbContent & RpbContent.$Shape} RpbContent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbContent & RpbContent.$Shape;

    /**
     * Verifies a RpbContent message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbContent message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbContent
     */
    static fromObject(object: { [k: string]: any }): RpbContent;

    /**
     * Creates a plain object from a RpbContent message. Also converts values to other types if specified.
     * @param message RpbContent
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbContent, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbContent to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbContent
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbContent {

    /** Properties of a RpbContent. */
    interface $Properties {

        /** RpbContent value */
        value: Uint8Array;

        /** RpbContent contentType */
        contentType?: (Uint8Array|null);

        /** RpbContent charset */
        charset?: (Uint8Array|null);

        /** RpbContent contentEncoding */
        contentEncoding?: (Uint8Array|null);

        /** RpbContent vtag */
        vtag?: (Uint8Array|null);

        /** RpbContent links */
        links?: (RpbLink.$Properties[]|null);

        /** RpbContent lastMod */
        lastMod?: (number|null);

        /** RpbContent lastModUsecs */
        lastModUsecs?: (number|null);

        /** RpbContent usermeta */
        usermeta?: (RpbPair.$Properties[]|null);

        /** RpbContent indexes */
        indexes?: (RpbPair.$Properties[]|null);

        /** RpbContent deleted */
        deleted?: (boolean|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbContent. */
    type $Shape = RpbContent.$Properties;
}

/**
 * Properties of a RpbLink.
 * @deprecated Use RpbLink.$Properties instead.
 */
export interface IRpbLink extends RpbLink.$Properties {
}

/** Represents a RpbLink. */
export class RpbLink {

    /**
     * Constructs a new RpbLink.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbLink.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbLink bucket. */
    bucket: Uint8Array;

    /** RpbLink key. */
    key: Uint8Array;

    /** RpbLink tag. */
    tag: Uint8Array;

    /**
     * Creates a new RpbLink instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbLink instance
     */
    static create(properties: RpbLink.$Shape): RpbLink & RpbLink.$Shape;
    static create(properties?: RpbLink.$Properties): RpbLink;

    /**
     * Encodes the specified RpbLink message. Does not implicitly {@link RpbLink.verify|verify} messages.
     * @param message RpbLink message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbLink.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbLink message, length delimited. Does not implicitly {@link RpbLink.verify|verify} messages.
     * @param message RpbLink message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbLink.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbLink message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbLink & RpbLink.$Shape} RpbLink
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbLink & RpbLink.$Shape;

    /**
     * Decodes a RpbLink message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbLink & RpbLink.$Shape} RpbLink
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbLink & RpbLink.$Shape;

    /**
     * Verifies a RpbLink message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbLink message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbLink
     */
    static fromObject(object: { [k: string]: any }): RpbLink;

    /**
     * Creates a plain object from a RpbLink message. Also converts values to other types if specified.
     * @param message RpbLink
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbLink, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbLink to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbLink
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbLink {

    /** Properties of a RpbLink. */
    interface $Properties {

        /** RpbLink bucket */
        bucket?: (Uint8Array|null);

        /** RpbLink key */
        key?: (Uint8Array|null);

        /** RpbLink tag */
        tag?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbLink. */
    type $Shape = RpbLink.$Properties;
}

/**
 * Properties of a RpbGetReq.
 * @deprecated Use RpbGetReq.$Properties instead.
 */
export interface IRpbGetReq extends RpbGetReq.$Properties {
}

/** Represents a RpbGetReq. */
export class RpbGetReq {

    /**
     * Constructs a new RpbGetReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbGetReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbGetReq bucket. */
    bucket: Uint8Array;

    /** RpbGetReq key. */
    key: Uint8Array;

    /** RpbGetReq r. */
    r: number;

    /** RpbGetReq pr. */
    pr: number;

    /** RpbGetReq basicQuorum. */
    basicQuorum: boolean;

    /** RpbGetReq notfoundOk. */
    notfoundOk: boolean;

    /** RpbGetReq ifModified. */
    ifModified: Uint8Array;

    /** RpbGetReq head. */
    head: boolean;

    /** RpbGetReq deletedvclock. */
    deletedvclock: boolean;

    /** RpbGetReq timeout. */
    timeout: number;

    /** RpbGetReq sloppyQuorum. */
    sloppyQuorum: boolean;

    /** RpbGetReq nVal. */
    nVal: number;

    /** RpbGetReq type. */
    type: Uint8Array;

    /** RpbGetReq nodeConfirms. */
    nodeConfirms: number;

    /**
     * Creates a new RpbGetReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbGetReq instance
     */
    static create(properties: RpbGetReq.$Shape): RpbGetReq & RpbGetReq.$Shape;
    static create(properties?: RpbGetReq.$Properties): RpbGetReq;

    /**
     * Encodes the specified RpbGetReq message. Does not implicitly {@link RpbGetReq.verify|verify} messages.
     * @param message RpbGetReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbGetReq message, length delimited. Does not implicitly {@link RpbGetReq.verify|verify} messages.
     * @param message RpbGetReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbGetReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbGetReq & RpbGetReq.$Shape} RpbGetReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbGetReq & RpbGetReq.$Shape;

    /**
     * Decodes a RpbGetReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbGetReq & RpbGetReq.$Shape} RpbGetReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbGetReq & RpbGetReq.$Shape;

    /**
     * Verifies a RpbGetReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbGetReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbGetReq
     */
    static fromObject(object: { [k: string]: any }): RpbGetReq;

    /**
     * Creates a plain object from a RpbGetReq message. Also converts values to other types if specified.
     * @param message RpbGetReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbGetReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbGetReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbGetReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbGetReq {

    /** Properties of a RpbGetReq. */
    interface $Properties {

        /** RpbGetReq bucket */
        bucket: Uint8Array;

        /** RpbGetReq key */
        key: Uint8Array;

        /** RpbGetReq r */
        r?: (number|null);

        /** RpbGetReq pr */
        pr?: (number|null);

        /** RpbGetReq basicQuorum */
        basicQuorum?: (boolean|null);

        /** RpbGetReq notfoundOk */
        notfoundOk?: (boolean|null);

        /** RpbGetReq ifModified */
        ifModified?: (Uint8Array|null);

        /** RpbGetReq head */
        head?: (boolean|null);

        /** RpbGetReq deletedvclock */
        deletedvclock?: (boolean|null);

        /** RpbGetReq timeout */
        timeout?: (number|null);

        /** RpbGetReq sloppyQuorum */
        sloppyQuorum?: (boolean|null);

        /** RpbGetReq nVal */
        nVal?: (number|null);

        /** RpbGetReq type */
        type?: (Uint8Array|null);

        /** RpbGetReq nodeConfirms */
        nodeConfirms?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbGetReq. */
    type $Shape = RpbGetReq.$Properties;
}

/**
 * Properties of a RpbGetResp.
 * @deprecated Use RpbGetResp.$Properties instead.
 */
export interface IRpbGetResp extends RpbGetResp.$Properties {
}

/** Represents a RpbGetResp. */
export class RpbGetResp {

    /**
     * Constructs a new RpbGetResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbGetResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbGetResp content. */
    content: RpbContent.$Properties[];

    /** RpbGetResp vclock. */
    vclock: Uint8Array;

    /** RpbGetResp unchanged. */
    unchanged: boolean;

    /**
     * Creates a new RpbGetResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbGetResp instance
     */
    static create(properties: RpbGetResp.$Shape): RpbGetResp & RpbGetResp.$Shape;
    static create(properties?: RpbGetResp.$Properties): RpbGetResp;

    /**
     * Encodes the specified RpbGetResp message. Does not implicitly {@link RpbGetResp.verify|verify} messages.
     * @param message RpbGetResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbGetResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbGetResp message, length delimited. Does not implicitly {@link RpbGetResp.verify|verify} messages.
     * @param message RpbGetResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbGetResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbGetResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbGetResp & RpbGetResp.$Shape} RpbGetResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbGetResp & RpbGetResp.$Shape;

    /**
     * Decodes a RpbGetResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbGetResp & RpbGetResp.$Shape} RpbGetResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbGetResp & RpbGetResp.$Shape;

    /**
     * Verifies a RpbGetResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbGetResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbGetResp
     */
    static fromObject(object: { [k: string]: any }): RpbGetResp;

    /**
     * Creates a plain object from a RpbGetResp message. Also converts values to other types if specified.
     * @param message RpbGetResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbGetResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbGetResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbGetResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbGetResp {

    /** Properties of a RpbGetResp. */
    interface $Properties {

        /** RpbGetResp content */
        content?: (RpbContent.$Properties[]|null);

        /** RpbGetResp vclock */
        vclock?: (Uint8Array|null);

        /** RpbGetResp unchanged */
        unchanged?: (boolean|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbGetResp. */
    type $Shape = RpbGetResp.$Properties;
}

/**
 * Properties of a RpbPutReq.
 * @deprecated Use RpbPutReq.$Properties instead.
 */
export interface IRpbPutReq extends RpbPutReq.$Properties {
}

/** Represents a RpbPutReq. */
export class RpbPutReq {

    /**
     * Constructs a new RpbPutReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbPutReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbPutReq bucket. */
    bucket: Uint8Array;

    /** RpbPutReq key. */
    key: Uint8Array;

    /** RpbPutReq vclock. */
    vclock: Uint8Array;

    /** RpbPutReq content. */
    content: RpbContent.$Properties;

    /** RpbPutReq w. */
    w: number;

    /** RpbPutReq dw. */
    dw: number;

    /** RpbPutReq returnBody. */
    returnBody: boolean;

    /** RpbPutReq pw. */
    pw: number;

    /** RpbPutReq ifNotModified. */
    ifNotModified: boolean;

    /** RpbPutReq ifNoneMatch. */
    ifNoneMatch: boolean;

    /** RpbPutReq returnHead. */
    returnHead: boolean;

    /** RpbPutReq timeout. */
    timeout: number;

    /** RpbPutReq asis. */
    asis: boolean;

    /** RpbPutReq sloppyQuorum. */
    sloppyQuorum: boolean;

    /** RpbPutReq nVal. */
    nVal: number;

    /** RpbPutReq type. */
    type: Uint8Array;

    /** RpbPutReq nodeConfirms. */
    nodeConfirms: number;

    /**
     * Creates a new RpbPutReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbPutReq instance
     */
    static create(properties: RpbPutReq.$Shape): RpbPutReq & RpbPutReq.$Shape;
    static create(properties?: RpbPutReq.$Properties): RpbPutReq;

    /**
     * Encodes the specified RpbPutReq message. Does not implicitly {@link RpbPutReq.verify|verify} messages.
     * @param message RpbPutReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbPutReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbPutReq message, length delimited. Does not implicitly {@link RpbPutReq.verify|verify} messages.
     * @param message RpbPutReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbPutReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbPutReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbPutReq & RpbPutReq.$Shape} RpbPutReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbPutReq & RpbPutReq.$Shape;

    /**
     * Decodes a RpbPutReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbPutReq & RpbPutReq.$Shape} RpbPutReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbPutReq & RpbPutReq.$Shape;

    /**
     * Verifies a RpbPutReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbPutReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbPutReq
     */
    static fromObject(object: { [k: string]: any }): RpbPutReq;

    /**
     * Creates a plain object from a RpbPutReq message. Also converts values to other types if specified.
     * @param message RpbPutReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbPutReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbPutReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbPutReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbPutReq {

    /** Properties of a RpbPutReq. */
    interface $Properties {

        /** RpbPutReq bucket */
        bucket: Uint8Array;

        /** RpbPutReq key */
        key?: (Uint8Array|null);

        /** RpbPutReq vclock */
        vclock?: (Uint8Array|null);

        /** RpbPutReq content */
        content: RpbContent.$Properties;

        /** RpbPutReq w */
        w?: (number|null);

        /** RpbPutReq dw */
        dw?: (number|null);

        /** RpbPutReq returnBody */
        returnBody?: (boolean|null);

        /** RpbPutReq pw */
        pw?: (number|null);

        /** RpbPutReq ifNotModified */
        ifNotModified?: (boolean|null);

        /** RpbPutReq ifNoneMatch */
        ifNoneMatch?: (boolean|null);

        /** RpbPutReq returnHead */
        returnHead?: (boolean|null);

        /** RpbPutReq timeout */
        timeout?: (number|null);

        /** RpbPutReq asis */
        asis?: (boolean|null);

        /** RpbPutReq sloppyQuorum */
        sloppyQuorum?: (boolean|null);

        /** RpbPutReq nVal */
        nVal?: (number|null);

        /** RpbPutReq type */
        type?: (Uint8Array|null);

        /** RpbPutReq nodeConfirms */
        nodeConfirms?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbPutReq. */
    type $Shape = RpbPutReq.$Properties;
}

/**
 * Properties of a RpbPutResp.
 * @deprecated Use RpbPutResp.$Properties instead.
 */
export interface IRpbPutResp extends RpbPutResp.$Properties {
}

/** Represents a RpbPutResp. */
export class RpbPutResp {

    /**
     * Constructs a new RpbPutResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbPutResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbPutResp content. */
    content: RpbContent.$Properties[];

    /** RpbPutResp vclock. */
    vclock: Uint8Array;

    /** RpbPutResp key. */
    key: Uint8Array;

    /**
     * Creates a new RpbPutResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbPutResp instance
     */
    static create(properties: RpbPutResp.$Shape): RpbPutResp & RpbPutResp.$Shape;
    static create(properties?: RpbPutResp.$Properties): RpbPutResp;

    /**
     * Encodes the specified RpbPutResp message. Does not implicitly {@link RpbPutResp.verify|verify} messages.
     * @param message RpbPutResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbPutResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbPutResp message, length delimited. Does not implicitly {@link RpbPutResp.verify|verify} messages.
     * @param message RpbPutResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbPutResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbPutResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbPutResp & RpbPutResp.$Shape} RpbPutResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbPutResp & RpbPutResp.$Shape;

    /**
     * Decodes a RpbPutResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbPutResp & RpbPutResp.$Shape} RpbPutResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbPutResp & RpbPutResp.$Shape;

    /**
     * Verifies a RpbPutResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbPutResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbPutResp
     */
    static fromObject(object: { [k: string]: any }): RpbPutResp;

    /**
     * Creates a plain object from a RpbPutResp message. Also converts values to other types if specified.
     * @param message RpbPutResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbPutResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbPutResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbPutResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbPutResp {

    /** Properties of a RpbPutResp. */
    interface $Properties {

        /** RpbPutResp content */
        content?: (RpbContent.$Properties[]|null);

        /** RpbPutResp vclock */
        vclock?: (Uint8Array|null);

        /** RpbPutResp key */
        key?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbPutResp. */
    type $Shape = RpbPutResp.$Properties;
}

/**
 * Properties of a RpbDelReq.
 * @deprecated Use RpbDelReq.$Properties instead.
 */
export interface IRpbDelReq extends RpbDelReq.$Properties {
}

/** Represents a RpbDelReq. */
export class RpbDelReq {

    /**
     * Constructs a new RpbDelReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbDelReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbDelReq bucket. */
    bucket: Uint8Array;

    /** RpbDelReq key. */
    key: Uint8Array;

    /** RpbDelReq rw. */
    rw: number;

    /** RpbDelReq vclock. */
    vclock: Uint8Array;

    /** RpbDelReq r. */
    r: number;

    /** RpbDelReq w. */
    w: number;

    /** RpbDelReq pr. */
    pr: number;

    /** RpbDelReq pw. */
    pw: number;

    /** RpbDelReq dw. */
    dw: number;

    /** RpbDelReq timeout. */
    timeout: number;

    /** RpbDelReq sloppyQuorum. */
    sloppyQuorum: boolean;

    /** RpbDelReq nVal. */
    nVal: number;

    /** RpbDelReq type. */
    type: Uint8Array;

    /**
     * Creates a new RpbDelReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbDelReq instance
     */
    static create(properties: RpbDelReq.$Shape): RpbDelReq & RpbDelReq.$Shape;
    static create(properties?: RpbDelReq.$Properties): RpbDelReq;

    /**
     * Encodes the specified RpbDelReq message. Does not implicitly {@link RpbDelReq.verify|verify} messages.
     * @param message RpbDelReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbDelReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbDelReq message, length delimited. Does not implicitly {@link RpbDelReq.verify|verify} messages.
     * @param message RpbDelReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbDelReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbDelReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbDelReq & RpbDelReq.$Shape} RpbDelReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbDelReq & RpbDelReq.$Shape;

    /**
     * Decodes a RpbDelReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbDelReq & RpbDelReq.$Shape} RpbDelReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbDelReq & RpbDelReq.$Shape;

    /**
     * Verifies a RpbDelReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbDelReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbDelReq
     */
    static fromObject(object: { [k: string]: any }): RpbDelReq;

    /**
     * Creates a plain object from a RpbDelReq message. Also converts values to other types if specified.
     * @param message RpbDelReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbDelReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbDelReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbDelReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbDelReq {

    /** Properties of a RpbDelReq. */
    interface $Properties {

        /** RpbDelReq bucket */
        bucket: Uint8Array;

        /** RpbDelReq key */
        key: Uint8Array;

        /** RpbDelReq rw */
        rw?: (number|null);

        /** RpbDelReq vclock */
        vclock?: (Uint8Array|null);

        /** RpbDelReq r */
        r?: (number|null);

        /** RpbDelReq w */
        w?: (number|null);

        /** RpbDelReq pr */
        pr?: (number|null);

        /** RpbDelReq pw */
        pw?: (number|null);

        /** RpbDelReq dw */
        dw?: (number|null);

        /** RpbDelReq timeout */
        timeout?: (number|null);

        /** RpbDelReq sloppyQuorum */
        sloppyQuorum?: (boolean|null);

        /** RpbDelReq nVal */
        nVal?: (number|null);

        /** RpbDelReq type */
        type?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbDelReq. */
    type $Shape = RpbDelReq.$Properties;
}

/**
 * Properties of a RpbListBucketsReq.
 * @deprecated Use RpbListBucketsReq.$Properties instead.
 */
export interface IRpbListBucketsReq extends RpbListBucketsReq.$Properties {
}

/** Represents a RpbListBucketsReq. */
export class RpbListBucketsReq {

    /**
     * Constructs a new RpbListBucketsReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbListBucketsReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbListBucketsReq timeout. */
    timeout: number;

    /** RpbListBucketsReq stream. */
    stream: boolean;

    /** RpbListBucketsReq type. */
    type: Uint8Array;

    /**
     * Creates a new RpbListBucketsReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbListBucketsReq instance
     */
    static create(properties: RpbListBucketsReq.$Shape): RpbListBucketsReq & RpbListBucketsReq.$Shape;
    static create(properties?: RpbListBucketsReq.$Properties): RpbListBucketsReq;

    /**
     * Encodes the specified RpbListBucketsReq message. Does not implicitly {@link RpbListBucketsReq.verify|verify} messages.
     * @param message RpbListBucketsReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbListBucketsReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbListBucketsReq message, length delimited. Does not implicitly {@link RpbListBucketsReq.verify|verify} messages.
     * @param message RpbListBucketsReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbListBucketsReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbListBucketsReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbListBucketsReq & RpbListBucketsReq.$Shape} RpbListBucketsReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbListBucketsReq & RpbListBucketsReq.$Shape;

    /**
     * Decodes a RpbListBucketsReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbListBucketsReq & RpbListBucketsReq.$Shape} RpbListBucketsReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbListBucketsReq & RpbListBucketsReq.$Shape;

    /**
     * Verifies a RpbListBucketsReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbListBucketsReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbListBucketsReq
     */
    static fromObject(object: { [k: string]: any }): RpbListBucketsReq;

    /**
     * Creates a plain object from a RpbListBucketsReq message. Also converts values to other types if specified.
     * @param message RpbListBucketsReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbListBucketsReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbListBucketsReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbListBucketsReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbListBucketsReq {

    /** Properties of a RpbListBucketsReq. */
    interface $Properties {

        /** RpbListBucketsReq timeout */
        timeout?: (number|null);

        /** RpbListBucketsReq stream */
        stream?: (boolean|null);

        /** RpbListBucketsReq type */
        type?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbListBucketsReq. */
    type $Shape = RpbListBucketsReq.$Properties;
}

/**
 * Properties of a RpbListBucketsResp.
 * @deprecated Use RpbListBucketsResp.$Properties instead.
 */
export interface IRpbListBucketsResp extends RpbListBucketsResp.$Properties {
}

/** Represents a RpbListBucketsResp. */
export class RpbListBucketsResp {

    /**
     * Constructs a new RpbListBucketsResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbListBucketsResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbListBucketsResp buckets. */
    buckets: Uint8Array[];

    /** RpbListBucketsResp done. */
    done: boolean;

    /**
     * Creates a new RpbListBucketsResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbListBucketsResp instance
     */
    static create(properties: RpbListBucketsResp.$Shape): RpbListBucketsResp & RpbListBucketsResp.$Shape;
    static create(properties?: RpbListBucketsResp.$Properties): RpbListBucketsResp;

    /**
     * Encodes the specified RpbListBucketsResp message. Does not implicitly {@link RpbListBucketsResp.verify|verify} messages.
     * @param message RpbListBucketsResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbListBucketsResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbListBucketsResp message, length delimited. Does not implicitly {@link RpbListBucketsResp.verify|verify} messages.
     * @param message RpbListBucketsResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbListBucketsResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbListBucketsResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbListBucketsResp & RpbListBucketsResp.$Shape} RpbListBucketsResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbListBucketsResp & RpbListBucketsResp.$Shape;

    /**
     * Decodes a RpbListBucketsResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbListBucketsResp & RpbListBucketsResp.$Shape} RpbListBucketsResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbListBucketsResp & RpbListBucketsResp.$Shape;

    /**
     * Verifies a RpbListBucketsResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbListBucketsResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbListBucketsResp
     */
    static fromObject(object: { [k: string]: any }): RpbListBucketsResp;

    /**
     * Creates a plain object from a RpbListBucketsResp message. Also converts values to other types if specified.
     * @param message RpbListBucketsResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbListBucketsResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbListBucketsResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbListBucketsResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbListBucketsResp {

    /** Properties of a RpbListBucketsResp. */
    interface $Properties {

        /** RpbListBucketsResp buckets */
        buckets?: (Uint8Array[]|null);

        /** RpbListBucketsResp done */
        done?: (boolean|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbListBucketsResp. */
    type $Shape = RpbListBucketsResp.$Properties;
}

/**
 * Properties of a RpbListKeysReq.
 * @deprecated Use RpbListKeysReq.$Properties instead.
 */
export interface IRpbListKeysReq extends RpbListKeysReq.$Properties {
}

/** Represents a RpbListKeysReq. */
export class RpbListKeysReq {

    /**
     * Constructs a new RpbListKeysReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbListKeysReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbListKeysReq bucket. */
    bucket: Uint8Array;

    /** RpbListKeysReq timeout. */
    timeout: number;

    /** RpbListKeysReq type. */
    type: Uint8Array;

    /**
     * Creates a new RpbListKeysReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbListKeysReq instance
     */
    static create(properties: RpbListKeysReq.$Shape): RpbListKeysReq & RpbListKeysReq.$Shape;
    static create(properties?: RpbListKeysReq.$Properties): RpbListKeysReq;

    /**
     * Encodes the specified RpbListKeysReq message. Does not implicitly {@link RpbListKeysReq.verify|verify} messages.
     * @param message RpbListKeysReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbListKeysReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbListKeysReq message, length delimited. Does not implicitly {@link RpbListKeysReq.verify|verify} messages.
     * @param message RpbListKeysReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbListKeysReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbListKeysReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbListKeysReq & RpbListKeysReq.$Shape} RpbListKeysReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbListKeysReq & RpbListKeysReq.$Shape;

    /**
     * Decodes a RpbListKeysReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbListKeysReq & RpbListKeysReq.$Shape} RpbListKeysReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbListKeysReq & RpbListKeysReq.$Shape;

    /**
     * Verifies a RpbListKeysReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbListKeysReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbListKeysReq
     */
    static fromObject(object: { [k: string]: any }): RpbListKeysReq;

    /**
     * Creates a plain object from a RpbListKeysReq message. Also converts values to other types if specified.
     * @param message RpbListKeysReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbListKeysReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbListKeysReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbListKeysReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbListKeysReq {

    /** Properties of a RpbListKeysReq. */
    interface $Properties {

        /** RpbListKeysReq bucket */
        bucket: Uint8Array;

        /** RpbListKeysReq timeout */
        timeout?: (number|null);

        /** RpbListKeysReq type */
        type?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbListKeysReq. */
    type $Shape = RpbListKeysReq.$Properties;
}

/**
 * Properties of a RpbListKeysResp.
 * @deprecated Use RpbListKeysResp.$Properties instead.
 */
export interface IRpbListKeysResp extends RpbListKeysResp.$Properties {
}

/** Represents a RpbListKeysResp. */
export class RpbListKeysResp {

    /**
     * Constructs a new RpbListKeysResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbListKeysResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbListKeysResp keys. */
    keys: Uint8Array[];

    /** RpbListKeysResp done. */
    done: boolean;

    /**
     * Creates a new RpbListKeysResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbListKeysResp instance
     */
    static create(properties: RpbListKeysResp.$Shape): RpbListKeysResp & RpbListKeysResp.$Shape;
    static create(properties?: RpbListKeysResp.$Properties): RpbListKeysResp;

    /**
     * Encodes the specified RpbListKeysResp message. Does not implicitly {@link RpbListKeysResp.verify|verify} messages.
     * @param message RpbListKeysResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbListKeysResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbListKeysResp message, length delimited. Does not implicitly {@link RpbListKeysResp.verify|verify} messages.
     * @param message RpbListKeysResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbListKeysResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbListKeysResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbListKeysResp & RpbListKeysResp.$Shape} RpbListKeysResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbListKeysResp & RpbListKeysResp.$Shape;

    /**
     * Decodes a RpbListKeysResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbListKeysResp & RpbListKeysResp.$Shape} RpbListKeysResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbListKeysResp & RpbListKeysResp.$Shape;

    /**
     * Verifies a RpbListKeysResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbListKeysResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbListKeysResp
     */
    static fromObject(object: { [k: string]: any }): RpbListKeysResp;

    /**
     * Creates a plain object from a RpbListKeysResp message. Also converts values to other types if specified.
     * @param message RpbListKeysResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbListKeysResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbListKeysResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbListKeysResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbListKeysResp {

    /** Properties of a RpbListKeysResp. */
    interface $Properties {

        /** RpbListKeysResp keys */
        keys?: (Uint8Array[]|null);

        /** RpbListKeysResp done */
        done?: (boolean|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbListKeysResp. */
    type $Shape = RpbListKeysResp.$Properties;
}

/**
 * Properties of a RpbMapRedReq.
 * @deprecated Use RpbMapRedReq.$Properties instead.
 */
export interface IRpbMapRedReq extends RpbMapRedReq.$Properties {
}

/** Represents a RpbMapRedReq. */
export class RpbMapRedReq {

    /**
     * Constructs a new RpbMapRedReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbMapRedReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbMapRedReq request. */
    request: Uint8Array;

    /** RpbMapRedReq contentType. */
    contentType: Uint8Array;

    /**
     * Creates a new RpbMapRedReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbMapRedReq instance
     */
    static create(properties: RpbMapRedReq.$Shape): RpbMapRedReq & RpbMapRedReq.$Shape;
    static create(properties?: RpbMapRedReq.$Properties): RpbMapRedReq;

    /**
     * Encodes the specified RpbMapRedReq message. Does not implicitly {@link RpbMapRedReq.verify|verify} messages.
     * @param message RpbMapRedReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbMapRedReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbMapRedReq message, length delimited. Does not implicitly {@link RpbMapRedReq.verify|verify} messages.
     * @param message RpbMapRedReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbMapRedReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbMapRedReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbMapRedReq & RpbMapRedReq.$Shape} RpbMapRedReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbMapRedReq & RpbMapRedReq.$Shape;

    /**
     * Decodes a RpbMapRedReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbMapRedReq & RpbMapRedReq.$Shape} RpbMapRedReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbMapRedReq & RpbMapRedReq.$Shape;

    /**
     * Verifies a RpbMapRedReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbMapRedReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbMapRedReq
     */
    static fromObject(object: { [k: string]: any }): RpbMapRedReq;

    /**
     * Creates a plain object from a RpbMapRedReq message. Also converts values to other types if specified.
     * @param message RpbMapRedReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbMapRedReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbMapRedReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbMapRedReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbMapRedReq {

    /** Properties of a RpbMapRedReq. */
    interface $Properties {

        /** RpbMapRedReq request */
        request: Uint8Array;

        /** RpbMapRedReq contentType */
        contentType: Uint8Array;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbMapRedReq. */
    type $Shape = RpbMapRedReq.$Properties;
}

/**
 * Properties of a RpbMapRedResp.
 * @deprecated Use RpbMapRedResp.$Properties instead.
 */
export interface IRpbMapRedResp extends RpbMapRedResp.$Properties {
}

/** Represents a RpbMapRedResp. */
export class RpbMapRedResp {

    /**
     * Constructs a new RpbMapRedResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbMapRedResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbMapRedResp phase. */
    phase: number;

    /** RpbMapRedResp response. */
    response: Uint8Array;

    /** RpbMapRedResp done. */
    done: boolean;

    /**
     * Creates a new RpbMapRedResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbMapRedResp instance
     */
    static create(properties: RpbMapRedResp.$Shape): RpbMapRedResp & RpbMapRedResp.$Shape;
    static create(properties?: RpbMapRedResp.$Properties): RpbMapRedResp;

    /**
     * Encodes the specified RpbMapRedResp message. Does not implicitly {@link RpbMapRedResp.verify|verify} messages.
     * @param message RpbMapRedResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbMapRedResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbMapRedResp message, length delimited. Does not implicitly {@link RpbMapRedResp.verify|verify} messages.
     * @param message RpbMapRedResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbMapRedResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbMapRedResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbMapRedResp & RpbMapRedResp.$Shape} RpbMapRedResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbMapRedResp & RpbMapRedResp.$Shape;

    /**
     * Decodes a RpbMapRedResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbMapRedResp & RpbMapRedResp.$Shape} RpbMapRedResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbMapRedResp & RpbMapRedResp.$Shape;

    /**
     * Verifies a RpbMapRedResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbMapRedResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbMapRedResp
     */
    static fromObject(object: { [k: string]: any }): RpbMapRedResp;

    /**
     * Creates a plain object from a RpbMapRedResp message. Also converts values to other types if specified.
     * @param message RpbMapRedResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbMapRedResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbMapRedResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbMapRedResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbMapRedResp {

    /** Properties of a RpbMapRedResp. */
    interface $Properties {

        /** RpbMapRedResp phase */
        phase?: (number|null);

        /** RpbMapRedResp response */
        response?: (Uint8Array|null);

        /** RpbMapRedResp done */
        done?: (boolean|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbMapRedResp. */
    type $Shape = RpbMapRedResp.$Properties;
}

/**
 * Properties of a RpbIndexReq.
 * @deprecated Use RpbIndexReq.$Properties instead.
 */
export interface IRpbIndexReq extends RpbIndexReq.$Properties {
}

/** Represents a RpbIndexReq. */
export class RpbIndexReq {

    /**
     * Constructs a new RpbIndexReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbIndexReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbIndexReq bucket. */
    bucket: Uint8Array;

    /** RpbIndexReq index. */
    index: Uint8Array;

    /** RpbIndexReq qtype. */
    qtype: RpbIndexReq.IndexQueryType;

    /** RpbIndexReq key. */
    key: Uint8Array;

    /** RpbIndexReq rangeMin. */
    rangeMin: Uint8Array;

    /** RpbIndexReq rangeMax. */
    rangeMax: Uint8Array;

    /** RpbIndexReq returnTerms. */
    returnTerms: boolean;

    /** RpbIndexReq stream. */
    stream: boolean;

    /** RpbIndexReq maxResults. */
    maxResults: number;

    /** RpbIndexReq continuation. */
    continuation: Uint8Array;

    /** RpbIndexReq timeout. */
    timeout: number;

    /** RpbIndexReq type. */
    type: Uint8Array;

    /** RpbIndexReq termRegex. */
    termRegex: Uint8Array;

    /** RpbIndexReq paginationSort. */
    paginationSort: boolean;

    /** RpbIndexReq coverContext. */
    coverContext: Uint8Array;

    /** RpbIndexReq returnBody. */
    returnBody: boolean;

    /**
     * Creates a new RpbIndexReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbIndexReq instance
     */
    static create(properties: RpbIndexReq.$Shape): RpbIndexReq & RpbIndexReq.$Shape;
    static create(properties?: RpbIndexReq.$Properties): RpbIndexReq;

    /**
     * Encodes the specified RpbIndexReq message. Does not implicitly {@link RpbIndexReq.verify|verify} messages.
     * @param message RpbIndexReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbIndexReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbIndexReq message, length delimited. Does not implicitly {@link RpbIndexReq.verify|verify} messages.
     * @param message RpbIndexReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbIndexReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbIndexReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbIndexReq & RpbIndexReq.$Shape} RpbIndexReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbIndexReq & RpbIndexReq.$Shape;

    /**
     * Decodes a RpbIndexReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbIndexReq & RpbIndexReq.$Shape} RpbIndexReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbIndexReq & RpbIndexReq.$Shape;

    /**
     * Verifies a RpbIndexReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbIndexReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbIndexReq
     */
    static fromObject(object: { [k: string]: any }): RpbIndexReq;

    /**
     * Creates a plain object from a RpbIndexReq message. Also converts values to other types if specified.
     * @param message RpbIndexReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbIndexReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbIndexReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbIndexReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbIndexReq {

    /** Properties of a RpbIndexReq. */
    interface $Properties {

        /** RpbIndexReq bucket */
        bucket: Uint8Array;

        /** RpbIndexReq index */
        index: Uint8Array;

        /** RpbIndexReq qtype */
        qtype: RpbIndexReq.IndexQueryType;

        /** RpbIndexReq key */
        key?: (Uint8Array|null);

        /** RpbIndexReq rangeMin */
        rangeMin?: (Uint8Array|null);

        /** RpbIndexReq rangeMax */
        rangeMax?: (Uint8Array|null);

        /** RpbIndexReq returnTerms */
        returnTerms?: (boolean|null);

        /** RpbIndexReq stream */
        stream?: (boolean|null);

        /** RpbIndexReq maxResults */
        maxResults?: (number|null);

        /** RpbIndexReq continuation */
        continuation?: (Uint8Array|null);

        /** RpbIndexReq timeout */
        timeout?: (number|null);

        /** RpbIndexReq type */
        type?: (Uint8Array|null);

        /** RpbIndexReq termRegex */
        termRegex?: (Uint8Array|null);

        /** RpbIndexReq paginationSort */
        paginationSort?: (boolean|null);

        /** RpbIndexReq coverContext */
        coverContext?: (Uint8Array|null);

        /** RpbIndexReq returnBody */
        returnBody?: (boolean|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbIndexReq. */
    type $Shape = RpbIndexReq.$Properties;

    /** IndexQueryType enum. */
    enum IndexQueryType {

        /** eq value */
        eq = 0,

        /** range value */
        range = 1
    }
}

/**
 * Properties of a RpbIndexResp.
 * @deprecated Use RpbIndexResp.$Properties instead.
 */
export interface IRpbIndexResp extends RpbIndexResp.$Properties {
}

/** Represents a RpbIndexResp. */
export class RpbIndexResp {

    /**
     * Constructs a new RpbIndexResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbIndexResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbIndexResp keys. */
    keys: Uint8Array[];

    /** RpbIndexResp results. */
    results: RpbPair.$Properties[];

    /** RpbIndexResp continuation. */
    continuation: Uint8Array;

    /** RpbIndexResp done. */
    done: boolean;

    /**
     * Creates a new RpbIndexResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbIndexResp instance
     */
    static create(properties: RpbIndexResp.$Shape): RpbIndexResp & RpbIndexResp.$Shape;
    static create(properties?: RpbIndexResp.$Properties): RpbIndexResp;

    /**
     * Encodes the specified RpbIndexResp message. Does not implicitly {@link RpbIndexResp.verify|verify} messages.
     * @param message RpbIndexResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbIndexResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbIndexResp message, length delimited. Does not implicitly {@link RpbIndexResp.verify|verify} messages.
     * @param message RpbIndexResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbIndexResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbIndexResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbIndexResp & RpbIndexResp.$Shape} RpbIndexResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbIndexResp & RpbIndexResp.$Shape;

    /**
     * Decodes a RpbIndexResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbIndexResp & RpbIndexResp.$Shape} RpbIndexResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbIndexResp & RpbIndexResp.$Shape;

    /**
     * Verifies a RpbIndexResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbIndexResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbIndexResp
     */
    static fromObject(object: { [k: string]: any }): RpbIndexResp;

    /**
     * Creates a plain object from a RpbIndexResp message. Also converts values to other types if specified.
     * @param message RpbIndexResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbIndexResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbIndexResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbIndexResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbIndexResp {

    /** Properties of a RpbIndexResp. */
    interface $Properties {

        /** RpbIndexResp keys */
        keys?: (Uint8Array[]|null);

        /** RpbIndexResp results */
        results?: (RpbPair.$Properties[]|null);

        /** RpbIndexResp continuation */
        continuation?: (Uint8Array|null);

        /** RpbIndexResp done */
        done?: (boolean|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbIndexResp. */
    type $Shape = RpbIndexResp.$Properties;
}

/**
 * Properties of a RpbIndexBodyResp.
 * @deprecated Use RpbIndexBodyResp.$Properties instead.
 */
export interface IRpbIndexBodyResp extends RpbIndexBodyResp.$Properties {
}

/** Represents a RpbIndexBodyResp. */
export class RpbIndexBodyResp {

    /**
     * Constructs a new RpbIndexBodyResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbIndexBodyResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbIndexBodyResp objects. */
    objects: RpbIndexObject.$Properties[];

    /** RpbIndexBodyResp continuation. */
    continuation: Uint8Array;

    /** RpbIndexBodyResp done. */
    done: boolean;

    /**
     * Creates a new RpbIndexBodyResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbIndexBodyResp instance
     */
    static create(properties: RpbIndexBodyResp.$Shape): RpbIndexBodyResp & RpbIndexBodyResp.$Shape;
    static create(properties?: RpbIndexBodyResp.$Properties): RpbIndexBodyResp;

    /**
     * Encodes the specified RpbIndexBodyResp message. Does not implicitly {@link RpbIndexBodyResp.verify|verify} messages.
     * @param message RpbIndexBodyResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbIndexBodyResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbIndexBodyResp message, length delimited. Does not implicitly {@link RpbIndexBodyResp.verify|verify} messages.
     * @param message RpbIndexBodyResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbIndexBodyResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbIndexBodyResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbIndexBodyResp & RpbIndexBodyResp.$Shape} RpbIndexBodyResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbIndexBodyResp & RpbIndexBodyResp.$Shape;

    /**
     * Decodes a RpbIndexBodyResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbIndexBodyResp & RpbIndexBodyResp.$Shape} RpbIndexBodyResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbIndexBodyResp & RpbIndexBodyResp.$Shape;

    /**
     * Verifies a RpbIndexBodyResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbIndexBodyResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbIndexBodyResp
     */
    static fromObject(object: { [k: string]: any }): RpbIndexBodyResp;

    /**
     * Creates a plain object from a RpbIndexBodyResp message. Also converts values to other types if specified.
     * @param message RpbIndexBodyResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbIndexBodyResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbIndexBodyResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbIndexBodyResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbIndexBodyResp {

    /** Properties of a RpbIndexBodyResp. */
    interface $Properties {

        /** RpbIndexBodyResp objects */
        objects?: (RpbIndexObject.$Properties[]|null);

        /** RpbIndexBodyResp continuation */
        continuation?: (Uint8Array|null);

        /** RpbIndexBodyResp done */
        done?: (boolean|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbIndexBodyResp. */
    type $Shape = RpbIndexBodyResp.$Properties;
}

/**
 * Properties of a RpbCSBucketReq.
 * @deprecated Use RpbCSBucketReq.$Properties instead.
 */
export interface IRpbCSBucketReq extends RpbCSBucketReq.$Properties {
}

/** Represents a RpbCSBucketReq. */
export class RpbCSBucketReq {

    /**
     * Constructs a new RpbCSBucketReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbCSBucketReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbCSBucketReq bucket. */
    bucket: Uint8Array;

    /** RpbCSBucketReq startKey. */
    startKey: Uint8Array;

    /** RpbCSBucketReq endKey. */
    endKey: Uint8Array;

    /** RpbCSBucketReq startIncl. */
    startIncl: boolean;

    /** RpbCSBucketReq endIncl. */
    endIncl: boolean;

    /** RpbCSBucketReq continuation. */
    continuation: Uint8Array;

    /** RpbCSBucketReq maxResults. */
    maxResults: number;

    /** RpbCSBucketReq timeout. */
    timeout: number;

    /** RpbCSBucketReq type. */
    type: Uint8Array;

    /** RpbCSBucketReq coverContext. */
    coverContext: Uint8Array;

    /**
     * Creates a new RpbCSBucketReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbCSBucketReq instance
     */
    static create(properties: RpbCSBucketReq.$Shape): RpbCSBucketReq & RpbCSBucketReq.$Shape;
    static create(properties?: RpbCSBucketReq.$Properties): RpbCSBucketReq;

    /**
     * Encodes the specified RpbCSBucketReq message. Does not implicitly {@link RpbCSBucketReq.verify|verify} messages.
     * @param message RpbCSBucketReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbCSBucketReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbCSBucketReq message, length delimited. Does not implicitly {@link RpbCSBucketReq.verify|verify} messages.
     * @param message RpbCSBucketReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbCSBucketReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbCSBucketReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbCSBucketReq & RpbCSBucketReq.$Shape} RpbCSBucketReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbCSBucketReq & RpbCSBucketReq.$Shape;

    /**
     * Decodes a RpbCSBucketReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbCSBucketReq & RpbCSBucketReq.$Shape} RpbCSBucketReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbCSBucketReq & RpbCSBucketReq.$Shape;

    /**
     * Verifies a RpbCSBucketReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbCSBucketReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbCSBucketReq
     */
    static fromObject(object: { [k: string]: any }): RpbCSBucketReq;

    /**
     * Creates a plain object from a RpbCSBucketReq message. Also converts values to other types if specified.
     * @param message RpbCSBucketReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbCSBucketReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbCSBucketReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbCSBucketReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbCSBucketReq {

    /** Properties of a RpbCSBucketReq. */
    interface $Properties {

        /** RpbCSBucketReq bucket */
        bucket: Uint8Array;

        /** RpbCSBucketReq startKey */
        startKey: Uint8Array;

        /** RpbCSBucketReq endKey */
        endKey?: (Uint8Array|null);

        /** RpbCSBucketReq startIncl */
        startIncl?: (boolean|null);

        /** RpbCSBucketReq endIncl */
        endIncl?: (boolean|null);

        /** RpbCSBucketReq continuation */
        continuation?: (Uint8Array|null);

        /** RpbCSBucketReq maxResults */
        maxResults?: (number|null);

        /** RpbCSBucketReq timeout */
        timeout?: (number|null);

        /** RpbCSBucketReq type */
        type?: (Uint8Array|null);

        /** RpbCSBucketReq coverContext */
        coverContext?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbCSBucketReq. */
    type $Shape = RpbCSBucketReq.$Properties;
}

/**
 * Properties of a RpbCSBucketResp.
 * @deprecated Use RpbCSBucketResp.$Properties instead.
 */
export interface IRpbCSBucketResp extends RpbCSBucketResp.$Properties {
}

/** Represents a RpbCSBucketResp. */
export class RpbCSBucketResp {

    /**
     * Constructs a new RpbCSBucketResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbCSBucketResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbCSBucketResp objects. */
    objects: RpbIndexObject.$Properties[];

    /** RpbCSBucketResp continuation. */
    continuation: Uint8Array;

    /** RpbCSBucketResp done. */
    done: boolean;

    /**
     * Creates a new RpbCSBucketResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbCSBucketResp instance
     */
    static create(properties: RpbCSBucketResp.$Shape): RpbCSBucketResp & RpbCSBucketResp.$Shape;
    static create(properties?: RpbCSBucketResp.$Properties): RpbCSBucketResp;

    /**
     * Encodes the specified RpbCSBucketResp message. Does not implicitly {@link RpbCSBucketResp.verify|verify} messages.
     * @param message RpbCSBucketResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbCSBucketResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbCSBucketResp message, length delimited. Does not implicitly {@link RpbCSBucketResp.verify|verify} messages.
     * @param message RpbCSBucketResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbCSBucketResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbCSBucketResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbCSBucketResp & RpbCSBucketResp.$Shape} RpbCSBucketResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbCSBucketResp & RpbCSBucketResp.$Shape;

    /**
     * Decodes a RpbCSBucketResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbCSBucketResp & RpbCSBucketResp.$Shape} RpbCSBucketResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbCSBucketResp & RpbCSBucketResp.$Shape;

    /**
     * Verifies a RpbCSBucketResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbCSBucketResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbCSBucketResp
     */
    static fromObject(object: { [k: string]: any }): RpbCSBucketResp;

    /**
     * Creates a plain object from a RpbCSBucketResp message. Also converts values to other types if specified.
     * @param message RpbCSBucketResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbCSBucketResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbCSBucketResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbCSBucketResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbCSBucketResp {

    /** Properties of a RpbCSBucketResp. */
    interface $Properties {

        /** RpbCSBucketResp objects */
        objects?: (RpbIndexObject.$Properties[]|null);

        /** RpbCSBucketResp continuation */
        continuation?: (Uint8Array|null);

        /** RpbCSBucketResp done */
        done?: (boolean|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbCSBucketResp. */
    type $Shape = RpbCSBucketResp.$Properties;
}

/**
 * Properties of a RpbIndexObject.
 * @deprecated Use RpbIndexObject.$Properties instead.
 */
export interface IRpbIndexObject extends RpbIndexObject.$Properties {
}

/** Represents a RpbIndexObject. */
export class RpbIndexObject {

    /**
     * Constructs a new RpbIndexObject.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbIndexObject.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbIndexObject key. */
    key: Uint8Array;

    /** RpbIndexObject object. */
    object: RpbGetResp.$Properties;

    /**
     * Creates a new RpbIndexObject instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbIndexObject instance
     */
    static create(properties: RpbIndexObject.$Shape): RpbIndexObject & RpbIndexObject.$Shape;
    static create(properties?: RpbIndexObject.$Properties): RpbIndexObject;

    /**
     * Encodes the specified RpbIndexObject message. Does not implicitly {@link RpbIndexObject.verify|verify} messages.
     * @param message RpbIndexObject message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbIndexObject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbIndexObject message, length delimited. Does not implicitly {@link RpbIndexObject.verify|verify} messages.
     * @param message RpbIndexObject message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbIndexObject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbIndexObject message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbIndexObject & RpbIndexObject.$Shape} RpbIndexObject
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbIndexObject & RpbIndexObject.$Shape;

    /**
     * Decodes a RpbIndexObject message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbIndexObject & RpbIndexObject.$Shape} RpbIndexObject
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbIndexObject & RpbIndexObject.$Shape;

    /**
     * Verifies a RpbIndexObject message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbIndexObject message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbIndexObject
     */
    static fromObject(object: { [k: string]: any }): RpbIndexObject;

    /**
     * Creates a plain object from a RpbIndexObject message. Also converts values to other types if specified.
     * @param message RpbIndexObject
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbIndexObject, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbIndexObject to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbIndexObject
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbIndexObject {

    /** Properties of a RpbIndexObject. */
    interface $Properties {

        /** RpbIndexObject key */
        key: Uint8Array;

        /** RpbIndexObject object */
        object: RpbGetResp.$Properties;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbIndexObject. */
    type $Shape = RpbIndexObject.$Properties;
}

/**
 * Properties of a RpbCounterUpdateReq.
 * @deprecated Use RpbCounterUpdateReq.$Properties instead.
 */
export interface IRpbCounterUpdateReq extends RpbCounterUpdateReq.$Properties {
}

/** Represents a RpbCounterUpdateReq. */
export class RpbCounterUpdateReq {

    /**
     * Constructs a new RpbCounterUpdateReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbCounterUpdateReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbCounterUpdateReq bucket. */
    bucket: Uint8Array;

    /** RpbCounterUpdateReq key. */
    key: Uint8Array;

    /** RpbCounterUpdateReq amount. */
    amount: number;

    /** RpbCounterUpdateReq w. */
    w: number;

    /** RpbCounterUpdateReq dw. */
    dw: number;

    /** RpbCounterUpdateReq pw. */
    pw: number;

    /** RpbCounterUpdateReq returnvalue. */
    returnvalue: boolean;

    /** RpbCounterUpdateReq nodeConfirms. */
    nodeConfirms: number;

    /**
     * Creates a new RpbCounterUpdateReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbCounterUpdateReq instance
     */
    static create(properties: RpbCounterUpdateReq.$Shape): RpbCounterUpdateReq & RpbCounterUpdateReq.$Shape;
    static create(properties?: RpbCounterUpdateReq.$Properties): RpbCounterUpdateReq;

    /**
     * Encodes the specified RpbCounterUpdateReq message. Does not implicitly {@link RpbCounterUpdateReq.verify|verify} messages.
     * @param message RpbCounterUpdateReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbCounterUpdateReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbCounterUpdateReq message, length delimited. Does not implicitly {@link RpbCounterUpdateReq.verify|verify} messages.
     * @param message RpbCounterUpdateReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbCounterUpdateReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbCounterUpdateReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbCounterUpdateReq & RpbCounterUpdateReq.$Shape} RpbCounterUpdateReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbCounterUpdateReq & RpbCounterUpdateReq.$Shape;

    /**
     * Decodes a RpbCounterUpdateReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbCounterUpdateReq & RpbCounterUpdateReq.$Shape} RpbCounterUpdateReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbCounterUpdateReq & RpbCounterUpdateReq.$Shape;

    /**
     * Verifies a RpbCounterUpdateReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbCounterUpdateReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbCounterUpdateReq
     */
    static fromObject(object: { [k: string]: any }): RpbCounterUpdateReq;

    /**
     * Creates a plain object from a RpbCounterUpdateReq message. Also converts values to other types if specified.
     * @param message RpbCounterUpdateReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbCounterUpdateReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbCounterUpdateReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbCounterUpdateReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbCounterUpdateReq {

    /** Properties of a RpbCounterUpdateReq. */
    interface $Properties {

        /** RpbCounterUpdateReq bucket */
        bucket: Uint8Array;

        /** RpbCounterUpdateReq key */
        key: Uint8Array;

        /** RpbCounterUpdateReq amount */
        amount: number;

        /** RpbCounterUpdateReq w */
        w?: (number|null);

        /** RpbCounterUpdateReq dw */
        dw?: (number|null);

        /** RpbCounterUpdateReq pw */
        pw?: (number|null);

        /** RpbCounterUpdateReq returnvalue */
        returnvalue?: (boolean|null);

        /** RpbCounterUpdateReq nodeConfirms */
        nodeConfirms?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbCounterUpdateReq. */
    type $Shape = RpbCounterUpdateReq.$Properties;
}

/**
 * Properties of a RpbCounterUpdateResp.
 * @deprecated Use RpbCounterUpdateResp.$Properties instead.
 */
export interface IRpbCounterUpdateResp extends RpbCounterUpdateResp.$Properties {
}

/** Represents a RpbCounterUpdateResp. */
export class RpbCounterUpdateResp {

    /**
     * Constructs a new RpbCounterUpdateResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbCounterUpdateResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbCounterUpdateResp value. */
    value: number;

    /**
     * Creates a new RpbCounterUpdateResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbCounterUpdateResp instance
     */
    static create(properties: RpbCounterUpdateResp.$Shape): RpbCounterUpdateResp & RpbCounterUpdateResp.$Shape;
    static create(properties?: RpbCounterUpdateResp.$Properties): RpbCounterUpdateResp;

    /**
     * Encodes the specified RpbCounterUpdateResp message. Does not implicitly {@link RpbCounterUpdateResp.verify|verify} messages.
     * @param message RpbCounterUpdateResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbCounterUpdateResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbCounterUpdateResp message, length delimited. Does not implicitly {@link RpbCounterUpdateResp.verify|verify} messages.
     * @param message RpbCounterUpdateResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbCounterUpdateResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbCounterUpdateResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbCounterUpdateResp & RpbCounterUpdateResp.$Shape} RpbCounterUpdateResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbCounterUpdateResp & RpbCounterUpdateResp.$Shape;

    /**
     * Decodes a RpbCounterUpdateResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbCounterUpdateResp & RpbCounterUpdateResp.$Shape} RpbCounterUpdateResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbCounterUpdateResp & RpbCounterUpdateResp.$Shape;

    /**
     * Verifies a RpbCounterUpdateResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbCounterUpdateResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbCounterUpdateResp
     */
    static fromObject(object: { [k: string]: any }): RpbCounterUpdateResp;

    /**
     * Creates a plain object from a RpbCounterUpdateResp message. Also converts values to other types if specified.
     * @param message RpbCounterUpdateResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbCounterUpdateResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbCounterUpdateResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbCounterUpdateResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbCounterUpdateResp {

    /** Properties of a RpbCounterUpdateResp. */
    interface $Properties {

        /** RpbCounterUpdateResp value */
        value?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbCounterUpdateResp. */
    type $Shape = RpbCounterUpdateResp.$Properties;
}

/**
 * Properties of a RpbCounterGetReq.
 * @deprecated Use RpbCounterGetReq.$Properties instead.
 */
export interface IRpbCounterGetReq extends RpbCounterGetReq.$Properties {
}

/** Represents a RpbCounterGetReq. */
export class RpbCounterGetReq {

    /**
     * Constructs a new RpbCounterGetReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbCounterGetReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbCounterGetReq bucket. */
    bucket: Uint8Array;

    /** RpbCounterGetReq key. */
    key: Uint8Array;

    /** RpbCounterGetReq r. */
    r: number;

    /** RpbCounterGetReq pr. */
    pr: number;

    /** RpbCounterGetReq basicQuorum. */
    basicQuorum: boolean;

    /** RpbCounterGetReq notfoundOk. */
    notfoundOk: boolean;

    /** RpbCounterGetReq nodeConfirms. */
    nodeConfirms: number;

    /**
     * Creates a new RpbCounterGetReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbCounterGetReq instance
     */
    static create(properties: RpbCounterGetReq.$Shape): RpbCounterGetReq & RpbCounterGetReq.$Shape;
    static create(properties?: RpbCounterGetReq.$Properties): RpbCounterGetReq;

    /**
     * Encodes the specified RpbCounterGetReq message. Does not implicitly {@link RpbCounterGetReq.verify|verify} messages.
     * @param message RpbCounterGetReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbCounterGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbCounterGetReq message, length delimited. Does not implicitly {@link RpbCounterGetReq.verify|verify} messages.
     * @param message RpbCounterGetReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbCounterGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbCounterGetReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbCounterGetReq & RpbCounterGetReq.$Shape} RpbCounterGetReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbCounterGetReq & RpbCounterGetReq.$Shape;

    /**
     * Decodes a RpbCounterGetReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbCounterGetReq & RpbCounterGetReq.$Shape} RpbCounterGetReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbCounterGetReq & RpbCounterGetReq.$Shape;

    /**
     * Verifies a RpbCounterGetReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbCounterGetReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbCounterGetReq
     */
    static fromObject(object: { [k: string]: any }): RpbCounterGetReq;

    /**
     * Creates a plain object from a RpbCounterGetReq message. Also converts values to other types if specified.
     * @param message RpbCounterGetReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbCounterGetReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbCounterGetReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbCounterGetReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbCounterGetReq {

    /** Properties of a RpbCounterGetReq. */
    interface $Properties {

        /** RpbCounterGetReq bucket */
        bucket: Uint8Array;

        /** RpbCounterGetReq key */
        key: Uint8Array;

        /** RpbCounterGetReq r */
        r?: (number|null);

        /** RpbCounterGetReq pr */
        pr?: (number|null);

        /** RpbCounterGetReq basicQuorum */
        basicQuorum?: (boolean|null);

        /** RpbCounterGetReq notfoundOk */
        notfoundOk?: (boolean|null);

        /** RpbCounterGetReq nodeConfirms */
        nodeConfirms?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbCounterGetReq. */
    type $Shape = RpbCounterGetReq.$Properties;
}

/**
 * Properties of a RpbCounterGetResp.
 * @deprecated Use RpbCounterGetResp.$Properties instead.
 */
export interface IRpbCounterGetResp extends RpbCounterGetResp.$Properties {
}

/** Represents a RpbCounterGetResp. */
export class RpbCounterGetResp {

    /**
     * Constructs a new RpbCounterGetResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbCounterGetResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbCounterGetResp value. */
    value: number;

    /**
     * Creates a new RpbCounterGetResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbCounterGetResp instance
     */
    static create(properties: RpbCounterGetResp.$Shape): RpbCounterGetResp & RpbCounterGetResp.$Shape;
    static create(properties?: RpbCounterGetResp.$Properties): RpbCounterGetResp;

    /**
     * Encodes the specified RpbCounterGetResp message. Does not implicitly {@link RpbCounterGetResp.verify|verify} messages.
     * @param message RpbCounterGetResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbCounterGetResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbCounterGetResp message, length delimited. Does not implicitly {@link RpbCounterGetResp.verify|verify} messages.
     * @param message RpbCounterGetResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbCounterGetResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbCounterGetResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbCounterGetResp & RpbCounterGetResp.$Shape} RpbCounterGetResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbCounterGetResp & RpbCounterGetResp.$Shape;

    /**
     * Decodes a RpbCounterGetResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbCounterGetResp & RpbCounterGetResp.$Shape} RpbCounterGetResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbCounterGetResp & RpbCounterGetResp.$Shape;

    /**
     * Verifies a RpbCounterGetResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbCounterGetResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbCounterGetResp
     */
    static fromObject(object: { [k: string]: any }): RpbCounterGetResp;

    /**
     * Creates a plain object from a RpbCounterGetResp message. Also converts values to other types if specified.
     * @param message RpbCounterGetResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbCounterGetResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbCounterGetResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbCounterGetResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbCounterGetResp {

    /** Properties of a RpbCounterGetResp. */
    interface $Properties {

        /** RpbCounterGetResp value */
        value?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbCounterGetResp. */
    type $Shape = RpbCounterGetResp.$Properties;
}

/**
 * Properties of a RpbGetBucketKeyPreflistReq.
 * @deprecated Use RpbGetBucketKeyPreflistReq.$Properties instead.
 */
export interface IRpbGetBucketKeyPreflistReq extends RpbGetBucketKeyPreflistReq.$Properties {
}

/** Represents a RpbGetBucketKeyPreflistReq. */
export class RpbGetBucketKeyPreflistReq {

    /**
     * Constructs a new RpbGetBucketKeyPreflistReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbGetBucketKeyPreflistReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbGetBucketKeyPreflistReq bucket. */
    bucket: Uint8Array;

    /** RpbGetBucketKeyPreflistReq key. */
    key: Uint8Array;

    /** RpbGetBucketKeyPreflistReq type. */
    type: Uint8Array;

    /**
     * Creates a new RpbGetBucketKeyPreflistReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbGetBucketKeyPreflistReq instance
     */
    static create(properties: RpbGetBucketKeyPreflistReq.$Shape): RpbGetBucketKeyPreflistReq & RpbGetBucketKeyPreflistReq.$Shape;
    static create(properties?: RpbGetBucketKeyPreflistReq.$Properties): RpbGetBucketKeyPreflistReq;

    /**
     * Encodes the specified RpbGetBucketKeyPreflistReq message. Does not implicitly {@link RpbGetBucketKeyPreflistReq.verify|verify} messages.
     * @param message RpbGetBucketKeyPreflistReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbGetBucketKeyPreflistReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbGetBucketKeyPreflistReq message, length delimited. Does not implicitly {@link RpbGetBucketKeyPreflistReq.verify|verify} messages.
     * @param message RpbGetBucketKeyPreflistReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbGetBucketKeyPreflistReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbGetBucketKeyPreflistReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbGetBucketKeyPreflistReq & RpbGetBucketKeyPreflistReq.$Shape} RpbGetBucketKeyPreflistReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbGetBucketKeyPreflistReq & RpbGetBucketKeyPreflistReq.$Shape;

    /**
     * Decodes a RpbGetBucketKeyPreflistReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbGetBucketKeyPreflistReq & RpbGetBucketKeyPreflistReq.$Shape} RpbGetBucketKeyPreflistReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbGetBucketKeyPreflistReq & RpbGetBucketKeyPreflistReq.$Shape;

    /**
     * Verifies a RpbGetBucketKeyPreflistReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbGetBucketKeyPreflistReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbGetBucketKeyPreflistReq
     */
    static fromObject(object: { [k: string]: any }): RpbGetBucketKeyPreflistReq;

    /**
     * Creates a plain object from a RpbGetBucketKeyPreflistReq message. Also converts values to other types if specified.
     * @param message RpbGetBucketKeyPreflistReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbGetBucketKeyPreflistReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbGetBucketKeyPreflistReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbGetBucketKeyPreflistReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbGetBucketKeyPreflistReq {

    /** Properties of a RpbGetBucketKeyPreflistReq. */
    interface $Properties {

        /** RpbGetBucketKeyPreflistReq bucket */
        bucket: Uint8Array;

        /** RpbGetBucketKeyPreflistReq key */
        key: Uint8Array;

        /** RpbGetBucketKeyPreflistReq type */
        type?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbGetBucketKeyPreflistReq. */
    type $Shape = RpbGetBucketKeyPreflistReq.$Properties;
}

/**
 * Properties of a RpbGetBucketKeyPreflistResp.
 * @deprecated Use RpbGetBucketKeyPreflistResp.$Properties instead.
 */
export interface IRpbGetBucketKeyPreflistResp extends RpbGetBucketKeyPreflistResp.$Properties {
}

/** Represents a RpbGetBucketKeyPreflistResp. */
export class RpbGetBucketKeyPreflistResp {

    /**
     * Constructs a new RpbGetBucketKeyPreflistResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbGetBucketKeyPreflistResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbGetBucketKeyPreflistResp preflist. */
    preflist: RpbBucketKeyPreflistItem.$Properties[];

    /**
     * Creates a new RpbGetBucketKeyPreflistResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbGetBucketKeyPreflistResp instance
     */
    static create(properties: RpbGetBucketKeyPreflistResp.$Shape): RpbGetBucketKeyPreflistResp & RpbGetBucketKeyPreflistResp.$Shape;
    static create(properties?: RpbGetBucketKeyPreflistResp.$Properties): RpbGetBucketKeyPreflistResp;

    /**
     * Encodes the specified RpbGetBucketKeyPreflistResp message. Does not implicitly {@link RpbGetBucketKeyPreflistResp.verify|verify} messages.
     * @param message RpbGetBucketKeyPreflistResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbGetBucketKeyPreflistResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbGetBucketKeyPreflistResp message, length delimited. Does not implicitly {@link RpbGetBucketKeyPreflistResp.verify|verify} messages.
     * @param message RpbGetBucketKeyPreflistResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbGetBucketKeyPreflistResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbGetBucketKeyPreflistResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbGetBucketKeyPreflistResp & RpbGetBucketKeyPreflistResp.$Shape} RpbGetBucketKeyPreflistResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbGetBucketKeyPreflistResp & RpbGetBucketKeyPreflistResp.$Shape;

    /**
     * Decodes a RpbGetBucketKeyPreflistResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbGetBucketKeyPreflistResp & RpbGetBucketKeyPreflistResp.$Shape} RpbGetBucketKeyPreflistResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbGetBucketKeyPreflistResp & RpbGetBucketKeyPreflistResp.$Shape;

    /**
     * Verifies a RpbGetBucketKeyPreflistResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbGetBucketKeyPreflistResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbGetBucketKeyPreflistResp
     */
    static fromObject(object: { [k: string]: any }): RpbGetBucketKeyPreflistResp;

    /**
     * Creates a plain object from a RpbGetBucketKeyPreflistResp message. Also converts values to other types if specified.
     * @param message RpbGetBucketKeyPreflistResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbGetBucketKeyPreflistResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbGetBucketKeyPreflistResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbGetBucketKeyPreflistResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbGetBucketKeyPreflistResp {

    /** Properties of a RpbGetBucketKeyPreflistResp. */
    interface $Properties {

        /** RpbGetBucketKeyPreflistResp preflist */
        preflist?: (RpbBucketKeyPreflistItem.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbGetBucketKeyPreflistResp. */
    type $Shape = RpbGetBucketKeyPreflistResp.$Properties;
}

/**
 * Properties of a RpbBucketKeyPreflistItem.
 * @deprecated Use RpbBucketKeyPreflistItem.$Properties instead.
 */
export interface IRpbBucketKeyPreflistItem extends RpbBucketKeyPreflistItem.$Properties {
}

/** Represents a RpbBucketKeyPreflistItem. */
export class RpbBucketKeyPreflistItem {

    /**
     * Constructs a new RpbBucketKeyPreflistItem.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbBucketKeyPreflistItem.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbBucketKeyPreflistItem partition. */
    partition: number;

    /** RpbBucketKeyPreflistItem node. */
    node: Uint8Array;

    /** RpbBucketKeyPreflistItem primary. */
    primary: boolean;

    /**
     * Creates a new RpbBucketKeyPreflistItem instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbBucketKeyPreflistItem instance
     */
    static create(properties: RpbBucketKeyPreflistItem.$Shape): RpbBucketKeyPreflistItem & RpbBucketKeyPreflistItem.$Shape;
    static create(properties?: RpbBucketKeyPreflistItem.$Properties): RpbBucketKeyPreflistItem;

    /**
     * Encodes the specified RpbBucketKeyPreflistItem message. Does not implicitly {@link RpbBucketKeyPreflistItem.verify|verify} messages.
     * @param message RpbBucketKeyPreflistItem message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbBucketKeyPreflistItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbBucketKeyPreflistItem message, length delimited. Does not implicitly {@link RpbBucketKeyPreflistItem.verify|verify} messages.
     * @param message RpbBucketKeyPreflistItem message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbBucketKeyPreflistItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbBucketKeyPreflistItem message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbBucketKeyPreflistItem & RpbBucketKeyPreflistItem.$Shape} RpbBucketKeyPreflistItem
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbBucketKeyPreflistItem & RpbBucketKeyPreflistItem.$Shape;

    /**
     * Decodes a RpbBucketKeyPreflistItem message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbBucketKeyPreflistItem & RpbBucketKeyPreflistItem.$Shape} RpbBucketKeyPreflistItem
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbBucketKeyPreflistItem & RpbBucketKeyPreflistItem.$Shape;

    /**
     * Verifies a RpbBucketKeyPreflistItem message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbBucketKeyPreflistItem message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbBucketKeyPreflistItem
     */
    static fromObject(object: { [k: string]: any }): RpbBucketKeyPreflistItem;

    /**
     * Creates a plain object from a RpbBucketKeyPreflistItem message. Also converts values to other types if specified.
     * @param message RpbBucketKeyPreflistItem
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbBucketKeyPreflistItem, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbBucketKeyPreflistItem to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbBucketKeyPreflistItem
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbBucketKeyPreflistItem {

    /** Properties of a RpbBucketKeyPreflistItem. */
    interface $Properties {

        /** RpbBucketKeyPreflistItem partition */
        partition: number;

        /** RpbBucketKeyPreflistItem node */
        node: Uint8Array;

        /** RpbBucketKeyPreflistItem primary */
        primary: boolean;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbBucketKeyPreflistItem. */
    type $Shape = RpbBucketKeyPreflistItem.$Properties;
}

/**
 * Properties of a RpbCoverageReq.
 * @deprecated Use RpbCoverageReq.$Properties instead.
 */
export interface IRpbCoverageReq extends RpbCoverageReq.$Properties {
}

/** Represents a RpbCoverageReq. */
export class RpbCoverageReq {

    /**
     * Constructs a new RpbCoverageReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbCoverageReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbCoverageReq type. */
    type: Uint8Array;

    /** RpbCoverageReq bucket. */
    bucket: Uint8Array;

    /** RpbCoverageReq minPartitions. */
    minPartitions: number;

    /** RpbCoverageReq replaceCover. */
    replaceCover: Uint8Array;

    /** RpbCoverageReq unavailableCover. */
    unavailableCover: Uint8Array[];

    /**
     * Creates a new RpbCoverageReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbCoverageReq instance
     */
    static create(properties: RpbCoverageReq.$Shape): RpbCoverageReq & RpbCoverageReq.$Shape;
    static create(properties?: RpbCoverageReq.$Properties): RpbCoverageReq;

    /**
     * Encodes the specified RpbCoverageReq message. Does not implicitly {@link RpbCoverageReq.verify|verify} messages.
     * @param message RpbCoverageReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbCoverageReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbCoverageReq message, length delimited. Does not implicitly {@link RpbCoverageReq.verify|verify} messages.
     * @param message RpbCoverageReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbCoverageReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbCoverageReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbCoverageReq & RpbCoverageReq.$Shape} RpbCoverageReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbCoverageReq & RpbCoverageReq.$Shape;

    /**
     * Decodes a RpbCoverageReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbCoverageReq & RpbCoverageReq.$Shape} RpbCoverageReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbCoverageReq & RpbCoverageReq.$Shape;

    /**
     * Verifies a RpbCoverageReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbCoverageReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbCoverageReq
     */
    static fromObject(object: { [k: string]: any }): RpbCoverageReq;

    /**
     * Creates a plain object from a RpbCoverageReq message. Also converts values to other types if specified.
     * @param message RpbCoverageReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbCoverageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbCoverageReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbCoverageReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbCoverageReq {

    /** Properties of a RpbCoverageReq. */
    interface $Properties {

        /** RpbCoverageReq type */
        type?: (Uint8Array|null);

        /** RpbCoverageReq bucket */
        bucket: Uint8Array;

        /** RpbCoverageReq minPartitions */
        minPartitions?: (number|null);

        /** RpbCoverageReq replaceCover */
        replaceCover?: (Uint8Array|null);

        /** RpbCoverageReq unavailableCover */
        unavailableCover?: (Uint8Array[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbCoverageReq. */
    type $Shape = RpbCoverageReq.$Properties;
}

/**
 * Properties of a RpbCoverageResp.
 * @deprecated Use RpbCoverageResp.$Properties instead.
 */
export interface IRpbCoverageResp extends RpbCoverageResp.$Properties {
}

/** Represents a RpbCoverageResp. */
export class RpbCoverageResp {

    /**
     * Constructs a new RpbCoverageResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbCoverageResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbCoverageResp entries. */
    entries: RpbCoverageEntry.$Properties[];

    /**
     * Creates a new RpbCoverageResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbCoverageResp instance
     */
    static create(properties: RpbCoverageResp.$Shape): RpbCoverageResp & RpbCoverageResp.$Shape;
    static create(properties?: RpbCoverageResp.$Properties): RpbCoverageResp;

    /**
     * Encodes the specified RpbCoverageResp message. Does not implicitly {@link RpbCoverageResp.verify|verify} messages.
     * @param message RpbCoverageResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbCoverageResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbCoverageResp message, length delimited. Does not implicitly {@link RpbCoverageResp.verify|verify} messages.
     * @param message RpbCoverageResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbCoverageResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbCoverageResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbCoverageResp & RpbCoverageResp.$Shape} RpbCoverageResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbCoverageResp & RpbCoverageResp.$Shape;

    /**
     * Decodes a RpbCoverageResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbCoverageResp & RpbCoverageResp.$Shape} RpbCoverageResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbCoverageResp & RpbCoverageResp.$Shape;

    /**
     * Verifies a RpbCoverageResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbCoverageResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbCoverageResp
     */
    static fromObject(object: { [k: string]: any }): RpbCoverageResp;

    /**
     * Creates a plain object from a RpbCoverageResp message. Also converts values to other types if specified.
     * @param message RpbCoverageResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbCoverageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbCoverageResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbCoverageResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbCoverageResp {

    /** Properties of a RpbCoverageResp. */
    interface $Properties {

        /** RpbCoverageResp entries */
        entries?: (RpbCoverageEntry.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbCoverageResp. */
    type $Shape = RpbCoverageResp.$Properties;
}

/**
 * Properties of a RpbCoverageEntry.
 * @deprecated Use RpbCoverageEntry.$Properties instead.
 */
export interface IRpbCoverageEntry extends RpbCoverageEntry.$Properties {
}

/** Represents a RpbCoverageEntry. */
export class RpbCoverageEntry {

    /**
     * Constructs a new RpbCoverageEntry.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbCoverageEntry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbCoverageEntry ip. */
    ip: Uint8Array;

    /** RpbCoverageEntry port. */
    port: number;

    /** RpbCoverageEntry keyspaceDesc. */
    keyspaceDesc: Uint8Array;

    /** RpbCoverageEntry coverContext. */
    coverContext: Uint8Array;

    /**
     * Creates a new RpbCoverageEntry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbCoverageEntry instance
     */
    static create(properties: RpbCoverageEntry.$Shape): RpbCoverageEntry & RpbCoverageEntry.$Shape;
    static create(properties?: RpbCoverageEntry.$Properties): RpbCoverageEntry;

    /**
     * Encodes the specified RpbCoverageEntry message. Does not implicitly {@link RpbCoverageEntry.verify|verify} messages.
     * @param message RpbCoverageEntry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbCoverageEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbCoverageEntry message, length delimited. Does not implicitly {@link RpbCoverageEntry.verify|verify} messages.
     * @param message RpbCoverageEntry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbCoverageEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbCoverageEntry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbCoverageEntry & RpbCoverageEntry.$Shape} RpbCoverageEntry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbCoverageEntry & RpbCoverageEntry.$Shape;

    /**
     * Decodes a RpbCoverageEntry message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbCoverageEntry & RpbCoverageEntry.$Shape} RpbCoverageEntry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbCoverageEntry & RpbCoverageEntry.$Shape;

    /**
     * Verifies a RpbCoverageEntry message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbCoverageEntry message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbCoverageEntry
     */
    static fromObject(object: { [k: string]: any }): RpbCoverageEntry;

    /**
     * Creates a plain object from a RpbCoverageEntry message. Also converts values to other types if specified.
     * @param message RpbCoverageEntry
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbCoverageEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbCoverageEntry to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbCoverageEntry
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbCoverageEntry {

    /** Properties of a RpbCoverageEntry. */
    interface $Properties {

        /** RpbCoverageEntry ip */
        ip: Uint8Array;

        /** RpbCoverageEntry port */
        port: number;

        /** RpbCoverageEntry keyspaceDesc */
        keyspaceDesc?: (Uint8Array|null);

        /** RpbCoverageEntry coverContext */
        coverContext: Uint8Array;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbCoverageEntry. */
    type $Shape = RpbCoverageEntry.$Properties;
}

/**
 * Properties of a RpbRTEReq.
 * @deprecated Use RpbRTEReq.$Properties instead.
 */
export interface IRpbRTEReq extends RpbRTEReq.$Properties {
}

/** Represents a RpbRTEReq. */
export class RpbRTEReq {

    /**
     * Constructs a new RpbRTEReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbRTEReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbRTEReq bucket. */
    bucket: Uint8Array;

    /** RpbRTEReq key. */
    key: Uint8Array;

    /** RpbRTEReq r. */
    r: number;

    /** RpbRTEReq pr. */
    pr: number;

    /** RpbRTEReq basicQuorum. */
    basicQuorum: boolean;

    /** RpbRTEReq notfoundOk. */
    notfoundOk: boolean;

    /** RpbRTEReq timeout. */
    timeout: number;

    /** RpbRTEReq sloppyQuorum. */
    sloppyQuorum: boolean;

    /** RpbRTEReq nVal. */
    nVal: number;

    /** RpbRTEReq type. */
    type: Uint8Array;

    /**
     * Creates a new RpbRTEReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbRTEReq instance
     */
    static create(properties: RpbRTEReq.$Shape): RpbRTEReq & RpbRTEReq.$Shape;
    static create(properties?: RpbRTEReq.$Properties): RpbRTEReq;

    /**
     * Encodes the specified RpbRTEReq message. Does not implicitly {@link RpbRTEReq.verify|verify} messages.
     * @param message RpbRTEReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbRTEReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbRTEReq message, length delimited. Does not implicitly {@link RpbRTEReq.verify|verify} messages.
     * @param message RpbRTEReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbRTEReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbRTEReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbRTEReq & RpbRTEReq.$Shape} RpbRTEReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbRTEReq & RpbRTEReq.$Shape;

    /**
     * Decodes a RpbRTEReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbRTEReq & RpbRTEReq.$Shape} RpbRTEReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbRTEReq & RpbRTEReq.$Shape;

    /**
     * Verifies a RpbRTEReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbRTEReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbRTEReq
     */
    static fromObject(object: { [k: string]: any }): RpbRTEReq;

    /**
     * Creates a plain object from a RpbRTEReq message. Also converts values to other types if specified.
     * @param message RpbRTEReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbRTEReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbRTEReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbRTEReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbRTEReq {

    /** Properties of a RpbRTEReq. */
    interface $Properties {

        /** RpbRTEReq bucket */
        bucket: Uint8Array;

        /** RpbRTEReq key */
        key: Uint8Array;

        /** RpbRTEReq r */
        r?: (number|null);

        /** RpbRTEReq pr */
        pr?: (number|null);

        /** RpbRTEReq basicQuorum */
        basicQuorum?: (boolean|null);

        /** RpbRTEReq notfoundOk */
        notfoundOk?: (boolean|null);

        /** RpbRTEReq timeout */
        timeout?: (number|null);

        /** RpbRTEReq sloppyQuorum */
        sloppyQuorum?: (boolean|null);

        /** RpbRTEReq nVal */
        nVal?: (number|null);

        /** RpbRTEReq type */
        type?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbRTEReq. */
    type $Shape = RpbRTEReq.$Properties;
}

/**
 * Properties of a RpbFetchReq.
 * @deprecated Use RpbFetchReq.$Properties instead.
 */
export interface IRpbFetchReq extends RpbFetchReq.$Properties {
}

/** Represents a RpbFetchReq. */
export class RpbFetchReq {

    /**
     * Constructs a new RpbFetchReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbFetchReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbFetchReq queuename. */
    queuename: Uint8Array;

    /** RpbFetchReq encoding. */
    encoding: Uint8Array;

    /**
     * Creates a new RpbFetchReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbFetchReq instance
     */
    static create(properties: RpbFetchReq.$Shape): RpbFetchReq & RpbFetchReq.$Shape;
    static create(properties?: RpbFetchReq.$Properties): RpbFetchReq;

    /**
     * Encodes the specified RpbFetchReq message. Does not implicitly {@link RpbFetchReq.verify|verify} messages.
     * @param message RpbFetchReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbFetchReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbFetchReq message, length delimited. Does not implicitly {@link RpbFetchReq.verify|verify} messages.
     * @param message RpbFetchReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbFetchReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbFetchReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbFetchReq & RpbFetchReq.$Shape} RpbFetchReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbFetchReq & RpbFetchReq.$Shape;

    /**
     * Decodes a RpbFetchReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbFetchReq & RpbFetchReq.$Shape} RpbFetchReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbFetchReq & RpbFetchReq.$Shape;

    /**
     * Verifies a RpbFetchReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbFetchReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbFetchReq
     */
    static fromObject(object: { [k: string]: any }): RpbFetchReq;

    /**
     * Creates a plain object from a RpbFetchReq message. Also converts values to other types if specified.
     * @param message RpbFetchReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbFetchReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbFetchReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbFetchReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbFetchReq {

    /** Properties of a RpbFetchReq. */
    interface $Properties {

        /** RpbFetchReq queuename */
        queuename: Uint8Array;

        /** RpbFetchReq encoding */
        encoding?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbFetchReq. */
    type $Shape = RpbFetchReq.$Properties;
}

/**
 * Properties of a RpbFetchResp.
 * @deprecated Use RpbFetchResp.$Properties instead.
 */
export interface IRpbFetchResp extends RpbFetchResp.$Properties {
}

/** Represents a RpbFetchResp. */
export class RpbFetchResp {

    /**
     * Constructs a new RpbFetchResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbFetchResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbFetchResp queueEmpty. */
    queueEmpty: boolean;

    /** RpbFetchResp deleted. */
    deleted: boolean;

    /** RpbFetchResp crcCheck. */
    crcCheck: number;

    /** RpbFetchResp replencodedObject. */
    replencodedObject: Uint8Array;

    /** RpbFetchResp deletedVclock. */
    deletedVclock: Uint8Array;

    /** RpbFetchResp segmentId. */
    segmentId: number;

    /** RpbFetchResp segmentHash. */
    segmentHash: number;

    /**
     * Creates a new RpbFetchResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbFetchResp instance
     */
    static create(properties: RpbFetchResp.$Shape): RpbFetchResp & RpbFetchResp.$Shape;
    static create(properties?: RpbFetchResp.$Properties): RpbFetchResp;

    /**
     * Encodes the specified RpbFetchResp message. Does not implicitly {@link RpbFetchResp.verify|verify} messages.
     * @param message RpbFetchResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbFetchResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbFetchResp message, length delimited. Does not implicitly {@link RpbFetchResp.verify|verify} messages.
     * @param message RpbFetchResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbFetchResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbFetchResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbFetchResp & RpbFetchResp.$Shape} RpbFetchResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbFetchResp & RpbFetchResp.$Shape;

    /**
     * Decodes a RpbFetchResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbFetchResp & RpbFetchResp.$Shape} RpbFetchResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbFetchResp & RpbFetchResp.$Shape;

    /**
     * Verifies a RpbFetchResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbFetchResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbFetchResp
     */
    static fromObject(object: { [k: string]: any }): RpbFetchResp;

    /**
     * Creates a plain object from a RpbFetchResp message. Also converts values to other types if specified.
     * @param message RpbFetchResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbFetchResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbFetchResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbFetchResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbFetchResp {

    /** Properties of a RpbFetchResp. */
    interface $Properties {

        /** RpbFetchResp queueEmpty */
        queueEmpty: boolean;

        /** RpbFetchResp deleted */
        deleted?: (boolean|null);

        /** RpbFetchResp crcCheck */
        crcCheck?: (number|null);

        /** RpbFetchResp replencodedObject */
        replencodedObject?: (Uint8Array|null);

        /** RpbFetchResp deletedVclock */
        deletedVclock?: (Uint8Array|null);

        /** RpbFetchResp segmentId */
        segmentId?: (number|null);

        /** RpbFetchResp segmentHash */
        segmentHash?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbFetchResp. */
    type $Shape = RpbFetchResp.$Properties;
}

/**
 * Properties of a RpbKeysValue.
 * @deprecated Use RpbKeysValue.$Properties instead.
 */
export interface IRpbKeysValue extends RpbKeysValue.$Properties {
}

/** Represents a RpbKeysValue. */
export class RpbKeysValue {

    /**
     * Constructs a new RpbKeysValue.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbKeysValue.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbKeysValue type. */
    type: Uint8Array;

    /** RpbKeysValue bucket. */
    bucket: Uint8Array;

    /** RpbKeysValue key. */
    key: Uint8Array;

    /** RpbKeysValue value. */
    value: Uint8Array;

    /**
     * Creates a new RpbKeysValue instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbKeysValue instance
     */
    static create(properties: RpbKeysValue.$Shape): RpbKeysValue & RpbKeysValue.$Shape;
    static create(properties?: RpbKeysValue.$Properties): RpbKeysValue;

    /**
     * Encodes the specified RpbKeysValue message. Does not implicitly {@link RpbKeysValue.verify|verify} messages.
     * @param message RpbKeysValue message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbKeysValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbKeysValue message, length delimited. Does not implicitly {@link RpbKeysValue.verify|verify} messages.
     * @param message RpbKeysValue message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbKeysValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbKeysValue message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbKeysValue & RpbKeysValue.$Shape} RpbKeysValue
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbKeysValue & RpbKeysValue.$Shape;

    /**
     * Decodes a RpbKeysValue message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbKeysValue & RpbKeysValue.$Shape} RpbKeysValue
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbKeysValue & RpbKeysValue.$Shape;

    /**
     * Verifies a RpbKeysValue message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbKeysValue message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbKeysValue
     */
    static fromObject(object: { [k: string]: any }): RpbKeysValue;

    /**
     * Creates a plain object from a RpbKeysValue message. Also converts values to other types if specified.
     * @param message RpbKeysValue
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbKeysValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbKeysValue to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbKeysValue
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbKeysValue {

    /** Properties of a RpbKeysValue. */
    interface $Properties {

        /** RpbKeysValue type */
        type?: (Uint8Array|null);

        /** RpbKeysValue bucket */
        bucket: Uint8Array;

        /** RpbKeysValue key */
        key: Uint8Array;

        /** RpbKeysValue value */
        value: Uint8Array;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbKeysValue. */
    type $Shape = RpbKeysValue.$Properties;
}

/**
 * Properties of a RpbPushReq.
 * @deprecated Use RpbPushReq.$Properties instead.
 */
export interface IRpbPushReq extends RpbPushReq.$Properties {
}

/** Represents a RpbPushReq. */
export class RpbPushReq {

    /**
     * Constructs a new RpbPushReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbPushReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbPushReq queuename. */
    queuename: Uint8Array;

    /** RpbPushReq keysValue. */
    keysValue: RpbKeysValue.$Properties[];

    /**
     * Creates a new RpbPushReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbPushReq instance
     */
    static create(properties: RpbPushReq.$Shape): RpbPushReq & RpbPushReq.$Shape;
    static create(properties?: RpbPushReq.$Properties): RpbPushReq;

    /**
     * Encodes the specified RpbPushReq message. Does not implicitly {@link RpbPushReq.verify|verify} messages.
     * @param message RpbPushReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbPushReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbPushReq message, length delimited. Does not implicitly {@link RpbPushReq.verify|verify} messages.
     * @param message RpbPushReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbPushReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbPushReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbPushReq & RpbPushReq.$Shape} RpbPushReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbPushReq & RpbPushReq.$Shape;

    /**
     * Decodes a RpbPushReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbPushReq & RpbPushReq.$Shape} RpbPushReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbPushReq & RpbPushReq.$Shape;

    /**
     * Verifies a RpbPushReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbPushReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbPushReq
     */
    static fromObject(object: { [k: string]: any }): RpbPushReq;

    /**
     * Creates a plain object from a RpbPushReq message. Also converts values to other types if specified.
     * @param message RpbPushReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbPushReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbPushReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbPushReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbPushReq {

    /** Properties of a RpbPushReq. */
    interface $Properties {

        /** RpbPushReq queuename */
        queuename: Uint8Array;

        /** RpbPushReq keysValue */
        keysValue?: (RpbKeysValue.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbPushReq. */
    type $Shape = RpbPushReq.$Properties;
}

/**
 * Properties of a RpbPushResp.
 * @deprecated Use RpbPushResp.$Properties instead.
 */
export interface IRpbPushResp extends RpbPushResp.$Properties {
}

/** Represents a RpbPushResp. */
export class RpbPushResp {

    /**
     * Constructs a new RpbPushResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbPushResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbPushResp queuename. */
    queuename: Uint8Array;

    /** RpbPushResp queueExists. */
    queueExists: boolean;

    /** RpbPushResp foldqLength. */
    foldqLength: number;

    /** RpbPushResp fsyncLength. */
    fsyncLength: number;

    /** RpbPushResp realtLength. */
    realtLength: number;

    /**
     * Creates a new RpbPushResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbPushResp instance
     */
    static create(properties: RpbPushResp.$Shape): RpbPushResp & RpbPushResp.$Shape;
    static create(properties?: RpbPushResp.$Properties): RpbPushResp;

    /**
     * Encodes the specified RpbPushResp message. Does not implicitly {@link RpbPushResp.verify|verify} messages.
     * @param message RpbPushResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbPushResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbPushResp message, length delimited. Does not implicitly {@link RpbPushResp.verify|verify} messages.
     * @param message RpbPushResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbPushResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbPushResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbPushResp & RpbPushResp.$Shape} RpbPushResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbPushResp & RpbPushResp.$Shape;

    /**
     * Decodes a RpbPushResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbPushResp & RpbPushResp.$Shape} RpbPushResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbPushResp & RpbPushResp.$Shape;

    /**
     * Verifies a RpbPushResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbPushResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbPushResp
     */
    static fromObject(object: { [k: string]: any }): RpbPushResp;

    /**
     * Creates a plain object from a RpbPushResp message. Also converts values to other types if specified.
     * @param message RpbPushResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbPushResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbPushResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbPushResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbPushResp {

    /** Properties of a RpbPushResp. */
    interface $Properties {

        /** RpbPushResp queuename */
        queuename?: (Uint8Array|null);

        /** RpbPushResp queueExists */
        queueExists: boolean;

        /** RpbPushResp foldqLength */
        foldqLength?: (number|null);

        /** RpbPushResp fsyncLength */
        fsyncLength?: (number|null);

        /** RpbPushResp realtLength */
        realtLength?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbPushResp. */
    type $Shape = RpbPushResp.$Properties;
}

/**
 * Properties of a RpbMembershipReq.
 * @deprecated Use RpbMembershipReq.$Properties instead.
 */
export interface IRpbMembershipReq extends RpbMembershipReq.$Properties {
}

/** Represents a RpbMembershipReq. */
export class RpbMembershipReq {

    /**
     * Constructs a new RpbMembershipReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbMembershipReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbMembershipReq queuename. */
    queuename: Uint8Array;

    /**
     * Creates a new RpbMembershipReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbMembershipReq instance
     */
    static create(properties: RpbMembershipReq.$Shape): RpbMembershipReq & RpbMembershipReq.$Shape;
    static create(properties?: RpbMembershipReq.$Properties): RpbMembershipReq;

    /**
     * Encodes the specified RpbMembershipReq message. Does not implicitly {@link RpbMembershipReq.verify|verify} messages.
     * @param message RpbMembershipReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbMembershipReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbMembershipReq message, length delimited. Does not implicitly {@link RpbMembershipReq.verify|verify} messages.
     * @param message RpbMembershipReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbMembershipReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbMembershipReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbMembershipReq & RpbMembershipReq.$Shape} RpbMembershipReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbMembershipReq & RpbMembershipReq.$Shape;

    /**
     * Decodes a RpbMembershipReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbMembershipReq & RpbMembershipReq.$Shape} RpbMembershipReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbMembershipReq & RpbMembershipReq.$Shape;

    /**
     * Verifies a RpbMembershipReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbMembershipReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbMembershipReq
     */
    static fromObject(object: { [k: string]: any }): RpbMembershipReq;

    /**
     * Creates a plain object from a RpbMembershipReq message. Also converts values to other types if specified.
     * @param message RpbMembershipReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbMembershipReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbMembershipReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbMembershipReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbMembershipReq {

    /** Properties of a RpbMembershipReq. */
    interface $Properties {

        /** RpbMembershipReq queuename */
        queuename?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbMembershipReq. */
    type $Shape = RpbMembershipReq.$Properties;
}

/**
 * Properties of a RpbClusterMemberEntry.
 * @deprecated Use RpbClusterMemberEntry.$Properties instead.
 */
export interface IRpbClusterMemberEntry extends RpbClusterMemberEntry.$Properties {
}

/** Represents a RpbClusterMemberEntry. */
export class RpbClusterMemberEntry {

    /**
     * Constructs a new RpbClusterMemberEntry.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbClusterMemberEntry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbClusterMemberEntry ip. */
    ip: Uint8Array;

    /** RpbClusterMemberEntry port. */
    port: number;

    /**
     * Creates a new RpbClusterMemberEntry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbClusterMemberEntry instance
     */
    static create(properties: RpbClusterMemberEntry.$Shape): RpbClusterMemberEntry & RpbClusterMemberEntry.$Shape;
    static create(properties?: RpbClusterMemberEntry.$Properties): RpbClusterMemberEntry;

    /**
     * Encodes the specified RpbClusterMemberEntry message. Does not implicitly {@link RpbClusterMemberEntry.verify|verify} messages.
     * @param message RpbClusterMemberEntry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbClusterMemberEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbClusterMemberEntry message, length delimited. Does not implicitly {@link RpbClusterMemberEntry.verify|verify} messages.
     * @param message RpbClusterMemberEntry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbClusterMemberEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbClusterMemberEntry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbClusterMemberEntry & RpbClusterMemberEntry.$Shape} RpbClusterMemberEntry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbClusterMemberEntry & RpbClusterMemberEntry.$Shape;

    /**
     * Decodes a RpbClusterMemberEntry message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbClusterMemberEntry & RpbClusterMemberEntry.$Shape} RpbClusterMemberEntry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbClusterMemberEntry & RpbClusterMemberEntry.$Shape;

    /**
     * Verifies a RpbClusterMemberEntry message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbClusterMemberEntry message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbClusterMemberEntry
     */
    static fromObject(object: { [k: string]: any }): RpbClusterMemberEntry;

    /**
     * Creates a plain object from a RpbClusterMemberEntry message. Also converts values to other types if specified.
     * @param message RpbClusterMemberEntry
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbClusterMemberEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbClusterMemberEntry to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbClusterMemberEntry
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbClusterMemberEntry {

    /** Properties of a RpbClusterMemberEntry. */
    interface $Properties {

        /** RpbClusterMemberEntry ip */
        ip: Uint8Array;

        /** RpbClusterMemberEntry port */
        port: number;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbClusterMemberEntry. */
    type $Shape = RpbClusterMemberEntry.$Properties;
}

/**
 * Properties of a RpbMembershipResp.
 * @deprecated Use RpbMembershipResp.$Properties instead.
 */
export interface IRpbMembershipResp extends RpbMembershipResp.$Properties {
}

/** Represents a RpbMembershipResp. */
export class RpbMembershipResp {

    /**
     * Constructs a new RpbMembershipResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbMembershipResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbMembershipResp upNodes. */
    upNodes: RpbClusterMemberEntry.$Properties[];

    /**
     * Creates a new RpbMembershipResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbMembershipResp instance
     */
    static create(properties: RpbMembershipResp.$Shape): RpbMembershipResp & RpbMembershipResp.$Shape;
    static create(properties?: RpbMembershipResp.$Properties): RpbMembershipResp;

    /**
     * Encodes the specified RpbMembershipResp message. Does not implicitly {@link RpbMembershipResp.verify|verify} messages.
     * @param message RpbMembershipResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbMembershipResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbMembershipResp message, length delimited. Does not implicitly {@link RpbMembershipResp.verify|verify} messages.
     * @param message RpbMembershipResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbMembershipResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbMembershipResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbMembershipResp & RpbMembershipResp.$Shape} RpbMembershipResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbMembershipResp & RpbMembershipResp.$Shape;

    /**
     * Decodes a RpbMembershipResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbMembershipResp & RpbMembershipResp.$Shape} RpbMembershipResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbMembershipResp & RpbMembershipResp.$Shape;

    /**
     * Verifies a RpbMembershipResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbMembershipResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbMembershipResp
     */
    static fromObject(object: { [k: string]: any }): RpbMembershipResp;

    /**
     * Creates a plain object from a RpbMembershipResp message. Also converts values to other types if specified.
     * @param message RpbMembershipResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbMembershipResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbMembershipResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbMembershipResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbMembershipResp {

    /** Properties of a RpbMembershipResp. */
    interface $Properties {

        /** RpbMembershipResp upNodes */
        upNodes?: (RpbClusterMemberEntry.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbMembershipResp. */
    type $Shape = RpbMembershipResp.$Properties;
}

/**
 * Properties of a RpbAaeFoldMergeRootNValReq.
 * @deprecated Use RpbAaeFoldMergeRootNValReq.$Properties instead.
 */
export interface IRpbAaeFoldMergeRootNValReq extends RpbAaeFoldMergeRootNValReq.$Properties {
}

/** Represents a RpbAaeFoldMergeRootNValReq. */
export class RpbAaeFoldMergeRootNValReq {

    /**
     * Constructs a new RpbAaeFoldMergeRootNValReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldMergeRootNValReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldMergeRootNValReq nVal. */
    nVal: number;

    /**
     * Creates a new RpbAaeFoldMergeRootNValReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldMergeRootNValReq instance
     */
    static create(properties: RpbAaeFoldMergeRootNValReq.$Shape): RpbAaeFoldMergeRootNValReq & RpbAaeFoldMergeRootNValReq.$Shape;
    static create(properties?: RpbAaeFoldMergeRootNValReq.$Properties): RpbAaeFoldMergeRootNValReq;

    /**
     * Encodes the specified RpbAaeFoldMergeRootNValReq message. Does not implicitly {@link RpbAaeFoldMergeRootNValReq.verify|verify} messages.
     * @param message RpbAaeFoldMergeRootNValReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldMergeRootNValReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldMergeRootNValReq message, length delimited. Does not implicitly {@link RpbAaeFoldMergeRootNValReq.verify|verify} messages.
     * @param message RpbAaeFoldMergeRootNValReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldMergeRootNValReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldMergeRootNValReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldMergeRootNValReq & RpbAaeFoldMergeRootNValReq.$Shape} RpbAaeFoldMergeRootNValReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldMergeRootNValReq & RpbAaeFoldMergeRootNValReq.$Shape;

    /**
     * Decodes a RpbAaeFoldMergeRootNValReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldMergeRootNValReq & RpbAaeFoldMergeRootNValReq.$Shape} RpbAaeFoldMergeRootNValReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldMergeRootNValReq & RpbAaeFoldMergeRootNValReq.$Shape;

    /**
     * Verifies a RpbAaeFoldMergeRootNValReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldMergeRootNValReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldMergeRootNValReq
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldMergeRootNValReq;

    /**
     * Creates a plain object from a RpbAaeFoldMergeRootNValReq message. Also converts values to other types if specified.
     * @param message RpbAaeFoldMergeRootNValReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldMergeRootNValReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldMergeRootNValReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldMergeRootNValReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldMergeRootNValReq {

    /** Properties of a RpbAaeFoldMergeRootNValReq. */
    interface $Properties {

        /** RpbAaeFoldMergeRootNValReq nVal */
        nVal: number;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldMergeRootNValReq. */
    type $Shape = RpbAaeFoldMergeRootNValReq.$Properties;
}

/**
 * Properties of a RpbAaeFoldMergeBranchNValReq.
 * @deprecated Use RpbAaeFoldMergeBranchNValReq.$Properties instead.
 */
export interface IRpbAaeFoldMergeBranchNValReq extends RpbAaeFoldMergeBranchNValReq.$Properties {
}

/** Represents a RpbAaeFoldMergeBranchNValReq. */
export class RpbAaeFoldMergeBranchNValReq {

    /**
     * Constructs a new RpbAaeFoldMergeBranchNValReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldMergeBranchNValReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldMergeBranchNValReq nVal. */
    nVal: number;

    /** RpbAaeFoldMergeBranchNValReq idFilter. */
    idFilter: number[];

    /**
     * Creates a new RpbAaeFoldMergeBranchNValReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldMergeBranchNValReq instance
     */
    static create(properties: RpbAaeFoldMergeBranchNValReq.$Shape): RpbAaeFoldMergeBranchNValReq & RpbAaeFoldMergeBranchNValReq.$Shape;
    static create(properties?: RpbAaeFoldMergeBranchNValReq.$Properties): RpbAaeFoldMergeBranchNValReq;

    /**
     * Encodes the specified RpbAaeFoldMergeBranchNValReq message. Does not implicitly {@link RpbAaeFoldMergeBranchNValReq.verify|verify} messages.
     * @param message RpbAaeFoldMergeBranchNValReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldMergeBranchNValReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldMergeBranchNValReq message, length delimited. Does not implicitly {@link RpbAaeFoldMergeBranchNValReq.verify|verify} messages.
     * @param message RpbAaeFoldMergeBranchNValReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldMergeBranchNValReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldMergeBranchNValReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldMergeBranchNValReq & RpbAaeFoldMergeBranchNValReq.$Shape} RpbAaeFoldMergeBranchNValReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldMergeBranchNValReq & RpbAaeFoldMergeBranchNValReq.$Shape;

    /**
     * Decodes a RpbAaeFoldMergeBranchNValReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldMergeBranchNValReq & RpbAaeFoldMergeBranchNValReq.$Shape} RpbAaeFoldMergeBranchNValReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldMergeBranchNValReq & RpbAaeFoldMergeBranchNValReq.$Shape;

    /**
     * Verifies a RpbAaeFoldMergeBranchNValReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldMergeBranchNValReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldMergeBranchNValReq
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldMergeBranchNValReq;

    /**
     * Creates a plain object from a RpbAaeFoldMergeBranchNValReq message. Also converts values to other types if specified.
     * @param message RpbAaeFoldMergeBranchNValReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldMergeBranchNValReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldMergeBranchNValReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldMergeBranchNValReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldMergeBranchNValReq {

    /** Properties of a RpbAaeFoldMergeBranchNValReq. */
    interface $Properties {

        /** RpbAaeFoldMergeBranchNValReq nVal */
        nVal: number;

        /** RpbAaeFoldMergeBranchNValReq idFilter */
        idFilter?: (number[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldMergeBranchNValReq. */
    type $Shape = RpbAaeFoldMergeBranchNValReq.$Properties;
}

/**
 * Properties of a RpbAaeFoldFetchClocksNValReq.
 * @deprecated Use RpbAaeFoldFetchClocksNValReq.$Properties instead.
 */
export interface IRpbAaeFoldFetchClocksNValReq extends RpbAaeFoldFetchClocksNValReq.$Properties {
}

/** Represents a RpbAaeFoldFetchClocksNValReq. */
export class RpbAaeFoldFetchClocksNValReq {

    /**
     * Constructs a new RpbAaeFoldFetchClocksNValReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldFetchClocksNValReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldFetchClocksNValReq nVal. */
    nVal: number;

    /** RpbAaeFoldFetchClocksNValReq idFilter. */
    idFilter: number[];

    /** RpbAaeFoldFetchClocksNValReq modifiedRange. */
    modifiedRange: boolean;

    /** RpbAaeFoldFetchClocksNValReq lastModStart. */
    lastModStart: number;

    /** RpbAaeFoldFetchClocksNValReq lastModEnd. */
    lastModEnd: number;

    /**
     * Creates a new RpbAaeFoldFetchClocksNValReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldFetchClocksNValReq instance
     */
    static create(properties: RpbAaeFoldFetchClocksNValReq.$Shape): RpbAaeFoldFetchClocksNValReq & RpbAaeFoldFetchClocksNValReq.$Shape;
    static create(properties?: RpbAaeFoldFetchClocksNValReq.$Properties): RpbAaeFoldFetchClocksNValReq;

    /**
     * Encodes the specified RpbAaeFoldFetchClocksNValReq message. Does not implicitly {@link RpbAaeFoldFetchClocksNValReq.verify|verify} messages.
     * @param message RpbAaeFoldFetchClocksNValReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldFetchClocksNValReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldFetchClocksNValReq message, length delimited. Does not implicitly {@link RpbAaeFoldFetchClocksNValReq.verify|verify} messages.
     * @param message RpbAaeFoldFetchClocksNValReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldFetchClocksNValReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldFetchClocksNValReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldFetchClocksNValReq & RpbAaeFoldFetchClocksNValReq.$Shape} RpbAaeFoldFetchClocksNValReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldFetchClocksNValReq & RpbAaeFoldFetchClocksNValReq.$Shape;

    /**
     * Decodes a RpbAaeFoldFetchClocksNValReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldFetchClocksNValReq & RpbAaeFoldFetchClocksNValReq.$Shape} RpbAaeFoldFetchClocksNValReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldFetchClocksNValReq & RpbAaeFoldFetchClocksNValReq.$Shape;

    /**
     * Verifies a RpbAaeFoldFetchClocksNValReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldFetchClocksNValReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldFetchClocksNValReq
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldFetchClocksNValReq;

    /**
     * Creates a plain object from a RpbAaeFoldFetchClocksNValReq message. Also converts values to other types if specified.
     * @param message RpbAaeFoldFetchClocksNValReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldFetchClocksNValReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldFetchClocksNValReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldFetchClocksNValReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldFetchClocksNValReq {

    /** Properties of a RpbAaeFoldFetchClocksNValReq. */
    interface $Properties {

        /** RpbAaeFoldFetchClocksNValReq nVal */
        nVal: number;

        /** RpbAaeFoldFetchClocksNValReq idFilter */
        idFilter?: (number[]|null);

        /** RpbAaeFoldFetchClocksNValReq modifiedRange */
        modifiedRange?: (boolean|null);

        /** RpbAaeFoldFetchClocksNValReq lastModStart */
        lastModStart?: (number|null);

        /** RpbAaeFoldFetchClocksNValReq lastModEnd */
        lastModEnd?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldFetchClocksNValReq. */
    type $Shape = RpbAaeFoldFetchClocksNValReq.$Properties;
}

/**
 * Properties of a RpbAaeFoldMergeTreesRangeReq.
 * @deprecated Use RpbAaeFoldMergeTreesRangeReq.$Properties instead.
 */
export interface IRpbAaeFoldMergeTreesRangeReq extends RpbAaeFoldMergeTreesRangeReq.$Properties {
}

/** Represents a RpbAaeFoldMergeTreesRangeReq. */
export class RpbAaeFoldMergeTreesRangeReq {

    /**
     * Constructs a new RpbAaeFoldMergeTreesRangeReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldMergeTreesRangeReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldMergeTreesRangeReq type. */
    type: Uint8Array;

    /** RpbAaeFoldMergeTreesRangeReq bucket. */
    bucket: Uint8Array;

    /** RpbAaeFoldMergeTreesRangeReq keyRange. */
    keyRange: boolean;

    /** RpbAaeFoldMergeTreesRangeReq startKey. */
    startKey: Uint8Array;

    /** RpbAaeFoldMergeTreesRangeReq endKey. */
    endKey: Uint8Array;

    /** RpbAaeFoldMergeTreesRangeReq treeSize. */
    treeSize: RpbAaeFoldMergeTreesRangeReq.RpbTreeSize;

    /** RpbAaeFoldMergeTreesRangeReq segmentFilter. */
    segmentFilter: boolean;

    /** RpbAaeFoldMergeTreesRangeReq idFilter. */
    idFilter: number[];

    /** RpbAaeFoldMergeTreesRangeReq filterTreeSize. */
    filterTreeSize: RpbAaeFoldMergeTreesRangeReq.RpbTreeSize;

    /** RpbAaeFoldMergeTreesRangeReq modifiedRange. */
    modifiedRange: boolean;

    /** RpbAaeFoldMergeTreesRangeReq lastModStart. */
    lastModStart: number;

    /** RpbAaeFoldMergeTreesRangeReq lastModEnd. */
    lastModEnd: number;

    /** RpbAaeFoldMergeTreesRangeReq usePrehash. */
    usePrehash: boolean;

    /** RpbAaeFoldMergeTreesRangeReq initVector. */
    initVector: number;

    /**
     * Creates a new RpbAaeFoldMergeTreesRangeReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldMergeTreesRangeReq instance
     */
    static create(properties: RpbAaeFoldMergeTreesRangeReq.$Shape): RpbAaeFoldMergeTreesRangeReq & RpbAaeFoldMergeTreesRangeReq.$Shape;
    static create(properties?: RpbAaeFoldMergeTreesRangeReq.$Properties): RpbAaeFoldMergeTreesRangeReq;

    /**
     * Encodes the specified RpbAaeFoldMergeTreesRangeReq message. Does not implicitly {@link RpbAaeFoldMergeTreesRangeReq.verify|verify} messages.
     * @param message RpbAaeFoldMergeTreesRangeReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldMergeTreesRangeReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldMergeTreesRangeReq message, length delimited. Does not implicitly {@link RpbAaeFoldMergeTreesRangeReq.verify|verify} messages.
     * @param message RpbAaeFoldMergeTreesRangeReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldMergeTreesRangeReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldMergeTreesRangeReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldMergeTreesRangeReq & RpbAaeFoldMergeTreesRangeReq.$Shape} RpbAaeFoldMergeTreesRangeReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldMergeTreesRangeReq & RpbAaeFoldMergeTreesRangeReq.$Shape;

    /**
     * Decodes a RpbAaeFoldMergeTreesRangeReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldMergeTreesRangeReq & RpbAaeFoldMergeTreesRangeReq.$Shape} RpbAaeFoldMergeTreesRangeReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldMergeTreesRangeReq & RpbAaeFoldMergeTreesRangeReq.$Shape;

    /**
     * Verifies a RpbAaeFoldMergeTreesRangeReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldMergeTreesRangeReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldMergeTreesRangeReq
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldMergeTreesRangeReq;

    /**
     * Creates a plain object from a RpbAaeFoldMergeTreesRangeReq message. Also converts values to other types if specified.
     * @param message RpbAaeFoldMergeTreesRangeReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldMergeTreesRangeReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldMergeTreesRangeReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldMergeTreesRangeReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldMergeTreesRangeReq {

    /** Properties of a RpbAaeFoldMergeTreesRangeReq. */
    interface $Properties {

        /** RpbAaeFoldMergeTreesRangeReq type */
        type?: (Uint8Array|null);

        /** RpbAaeFoldMergeTreesRangeReq bucket */
        bucket: Uint8Array;

        /** RpbAaeFoldMergeTreesRangeReq keyRange */
        keyRange: boolean;

        /** RpbAaeFoldMergeTreesRangeReq startKey */
        startKey?: (Uint8Array|null);

        /** RpbAaeFoldMergeTreesRangeReq endKey */
        endKey?: (Uint8Array|null);

        /** RpbAaeFoldMergeTreesRangeReq treeSize */
        treeSize: RpbAaeFoldMergeTreesRangeReq.RpbTreeSize;

        /** RpbAaeFoldMergeTreesRangeReq segmentFilter */
        segmentFilter: boolean;

        /** RpbAaeFoldMergeTreesRangeReq idFilter */
        idFilter?: (number[]|null);

        /** RpbAaeFoldMergeTreesRangeReq filterTreeSize */
        filterTreeSize?: (RpbAaeFoldMergeTreesRangeReq.RpbTreeSize|null);

        /** RpbAaeFoldMergeTreesRangeReq modifiedRange */
        modifiedRange: boolean;

        /** RpbAaeFoldMergeTreesRangeReq lastModStart */
        lastModStart?: (number|null);

        /** RpbAaeFoldMergeTreesRangeReq lastModEnd */
        lastModEnd?: (number|null);

        /** RpbAaeFoldMergeTreesRangeReq usePrehash */
        usePrehash: boolean;

        /** RpbAaeFoldMergeTreesRangeReq initVector */
        initVector?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldMergeTreesRangeReq. */
    type $Shape = RpbAaeFoldMergeTreesRangeReq.$Properties;

    /** RpbTreeSize enum. */
    enum RpbTreeSize {

        /** xxsmall value */
        xxsmall = 0,

        /** xsmall value */
        xsmall = 1,

        /** small value */
        small = 2,

        /** medium value */
        medium = 3,

        /** large value */
        large = 4,

        /** xlarge value */
        xlarge = 5
    }
}

/**
 * Properties of a RpbAaeFoldFetchClocksRangeReq.
 * @deprecated Use RpbAaeFoldFetchClocksRangeReq.$Properties instead.
 */
export interface IRpbAaeFoldFetchClocksRangeReq extends RpbAaeFoldFetchClocksRangeReq.$Properties {
}

/** Represents a RpbAaeFoldFetchClocksRangeReq. */
export class RpbAaeFoldFetchClocksRangeReq {

    /**
     * Constructs a new RpbAaeFoldFetchClocksRangeReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldFetchClocksRangeReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldFetchClocksRangeReq type. */
    type: Uint8Array;

    /** RpbAaeFoldFetchClocksRangeReq bucket. */
    bucket: Uint8Array;

    /** RpbAaeFoldFetchClocksRangeReq keyRange. */
    keyRange: boolean;

    /** RpbAaeFoldFetchClocksRangeReq startKey. */
    startKey: Uint8Array;

    /** RpbAaeFoldFetchClocksRangeReq endKey. */
    endKey: Uint8Array;

    /** RpbAaeFoldFetchClocksRangeReq segmentFilter. */
    segmentFilter: boolean;

    /** RpbAaeFoldFetchClocksRangeReq idFilter. */
    idFilter: number[];

    /** RpbAaeFoldFetchClocksRangeReq filterTreeSize. */
    filterTreeSize: RpbAaeFoldFetchClocksRangeReq.RpbTreeSize;

    /** RpbAaeFoldFetchClocksRangeReq modifiedRange. */
    modifiedRange: boolean;

    /** RpbAaeFoldFetchClocksRangeReq lastModStart. */
    lastModStart: number;

    /** RpbAaeFoldFetchClocksRangeReq lastModEnd. */
    lastModEnd: number;

    /**
     * Creates a new RpbAaeFoldFetchClocksRangeReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldFetchClocksRangeReq instance
     */
    static create(properties: RpbAaeFoldFetchClocksRangeReq.$Shape): RpbAaeFoldFetchClocksRangeReq & RpbAaeFoldFetchClocksRangeReq.$Shape;
    static create(properties?: RpbAaeFoldFetchClocksRangeReq.$Properties): RpbAaeFoldFetchClocksRangeReq;

    /**
     * Encodes the specified RpbAaeFoldFetchClocksRangeReq message. Does not implicitly {@link RpbAaeFoldFetchClocksRangeReq.verify|verify} messages.
     * @param message RpbAaeFoldFetchClocksRangeReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldFetchClocksRangeReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldFetchClocksRangeReq message, length delimited. Does not implicitly {@link RpbAaeFoldFetchClocksRangeReq.verify|verify} messages.
     * @param message RpbAaeFoldFetchClocksRangeReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldFetchClocksRangeReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldFetchClocksRangeReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldFetchClocksRangeReq & RpbAaeFoldFetchClocksRangeReq.$Shape} RpbAaeFoldFetchClocksRangeReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldFetchClocksRangeReq & RpbAaeFoldFetchClocksRangeReq.$Shape;

    /**
     * Decodes a RpbAaeFoldFetchClocksRangeReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldFetchClocksRangeReq & RpbAaeFoldFetchClocksRangeReq.$Shape} RpbAaeFoldFetchClocksRangeReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldFetchClocksRangeReq & RpbAaeFoldFetchClocksRangeReq.$Shape;

    /**
     * Verifies a RpbAaeFoldFetchClocksRangeReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldFetchClocksRangeReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldFetchClocksRangeReq
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldFetchClocksRangeReq;

    /**
     * Creates a plain object from a RpbAaeFoldFetchClocksRangeReq message. Also converts values to other types if specified.
     * @param message RpbAaeFoldFetchClocksRangeReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldFetchClocksRangeReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldFetchClocksRangeReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldFetchClocksRangeReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldFetchClocksRangeReq {

    /** Properties of a RpbAaeFoldFetchClocksRangeReq. */
    interface $Properties {

        /** RpbAaeFoldFetchClocksRangeReq type */
        type?: (Uint8Array|null);

        /** RpbAaeFoldFetchClocksRangeReq bucket */
        bucket: Uint8Array;

        /** RpbAaeFoldFetchClocksRangeReq keyRange */
        keyRange: boolean;

        /** RpbAaeFoldFetchClocksRangeReq startKey */
        startKey?: (Uint8Array|null);

        /** RpbAaeFoldFetchClocksRangeReq endKey */
        endKey?: (Uint8Array|null);

        /** RpbAaeFoldFetchClocksRangeReq segmentFilter */
        segmentFilter: boolean;

        /** RpbAaeFoldFetchClocksRangeReq idFilter */
        idFilter?: (number[]|null);

        /** RpbAaeFoldFetchClocksRangeReq filterTreeSize */
        filterTreeSize?: (RpbAaeFoldFetchClocksRangeReq.RpbTreeSize|null);

        /** RpbAaeFoldFetchClocksRangeReq modifiedRange */
        modifiedRange: boolean;

        /** RpbAaeFoldFetchClocksRangeReq lastModStart */
        lastModStart?: (number|null);

        /** RpbAaeFoldFetchClocksRangeReq lastModEnd */
        lastModEnd?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldFetchClocksRangeReq. */
    type $Shape = RpbAaeFoldFetchClocksRangeReq.$Properties;

    /** RpbTreeSize enum. */
    enum RpbTreeSize {

        /** xxsmall value */
        xxsmall = 0,

        /** xsmall value */
        xsmall = 1,

        /** small value */
        small = 2,

        /** medium value */
        medium = 3,

        /** large value */
        large = 4,

        /** xlarge value */
        xlarge = 5
    }
}

/**
 * Properties of a RpbAaeFoldFindKeysReq.
 * @deprecated Use RpbAaeFoldFindKeysReq.$Properties instead.
 */
export interface IRpbAaeFoldFindKeysReq extends RpbAaeFoldFindKeysReq.$Properties {
}

/** Represents a RpbAaeFoldFindKeysReq. */
export class RpbAaeFoldFindKeysReq {

    /**
     * Constructs a new RpbAaeFoldFindKeysReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldFindKeysReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldFindKeysReq type. */
    type: Uint8Array;

    /** RpbAaeFoldFindKeysReq bucket. */
    bucket: Uint8Array;

    /** RpbAaeFoldFindKeysReq keyRange. */
    keyRange: boolean;

    /** RpbAaeFoldFindKeysReq startKey. */
    startKey: Uint8Array;

    /** RpbAaeFoldFindKeysReq endKey. */
    endKey: Uint8Array;

    /** RpbAaeFoldFindKeysReq modifiedRange. */
    modifiedRange: boolean;

    /** RpbAaeFoldFindKeysReq lastModStart. */
    lastModStart: number;

    /** RpbAaeFoldFindKeysReq lastModEnd. */
    lastModEnd: number;

    /** RpbAaeFoldFindKeysReq finder. */
    finder: RpbAaeFoldFindKeysReq.FindType;

    /** RpbAaeFoldFindKeysReq findLimit. */
    findLimit: number;

    /**
     * Creates a new RpbAaeFoldFindKeysReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldFindKeysReq instance
     */
    static create(properties: RpbAaeFoldFindKeysReq.$Shape): RpbAaeFoldFindKeysReq & RpbAaeFoldFindKeysReq.$Shape;
    static create(properties?: RpbAaeFoldFindKeysReq.$Properties): RpbAaeFoldFindKeysReq;

    /**
     * Encodes the specified RpbAaeFoldFindKeysReq message. Does not implicitly {@link RpbAaeFoldFindKeysReq.verify|verify} messages.
     * @param message RpbAaeFoldFindKeysReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldFindKeysReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldFindKeysReq message, length delimited. Does not implicitly {@link RpbAaeFoldFindKeysReq.verify|verify} messages.
     * @param message RpbAaeFoldFindKeysReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldFindKeysReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldFindKeysReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldFindKeysReq & RpbAaeFoldFindKeysReq.$Shape} RpbAaeFoldFindKeysReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldFindKeysReq & RpbAaeFoldFindKeysReq.$Shape;

    /**
     * Decodes a RpbAaeFoldFindKeysReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldFindKeysReq & RpbAaeFoldFindKeysReq.$Shape} RpbAaeFoldFindKeysReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldFindKeysReq & RpbAaeFoldFindKeysReq.$Shape;

    /**
     * Verifies a RpbAaeFoldFindKeysReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldFindKeysReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldFindKeysReq
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldFindKeysReq;

    /**
     * Creates a plain object from a RpbAaeFoldFindKeysReq message. Also converts values to other types if specified.
     * @param message RpbAaeFoldFindKeysReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldFindKeysReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldFindKeysReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldFindKeysReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldFindKeysReq {

    /** Properties of a RpbAaeFoldFindKeysReq. */
    interface $Properties {

        /** RpbAaeFoldFindKeysReq type */
        type?: (Uint8Array|null);

        /** RpbAaeFoldFindKeysReq bucket */
        bucket: Uint8Array;

        /** RpbAaeFoldFindKeysReq keyRange */
        keyRange: boolean;

        /** RpbAaeFoldFindKeysReq startKey */
        startKey?: (Uint8Array|null);

        /** RpbAaeFoldFindKeysReq endKey */
        endKey?: (Uint8Array|null);

        /** RpbAaeFoldFindKeysReq modifiedRange */
        modifiedRange: boolean;

        /** RpbAaeFoldFindKeysReq lastModStart */
        lastModStart?: (number|null);

        /** RpbAaeFoldFindKeysReq lastModEnd */
        lastModEnd?: (number|null);

        /** RpbAaeFoldFindKeysReq finder */
        finder: RpbAaeFoldFindKeysReq.FindType;

        /** RpbAaeFoldFindKeysReq findLimit */
        findLimit: number;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldFindKeysReq. */
    type $Shape = RpbAaeFoldFindKeysReq.$Properties;

    /** FindType enum. */
    enum FindType {

        /** sibling_count value */
        sibling_count = 0,

        /** object_size value */
        object_size = 1
    }
}

/**
 * Properties of a RpbAaeFoldObjectStatsReq.
 * @deprecated Use RpbAaeFoldObjectStatsReq.$Properties instead.
 */
export interface IRpbAaeFoldObjectStatsReq extends RpbAaeFoldObjectStatsReq.$Properties {
}

/** Represents a RpbAaeFoldObjectStatsReq. */
export class RpbAaeFoldObjectStatsReq {

    /**
     * Constructs a new RpbAaeFoldObjectStatsReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldObjectStatsReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldObjectStatsReq type. */
    type: Uint8Array;

    /** RpbAaeFoldObjectStatsReq bucket. */
    bucket: Uint8Array;

    /** RpbAaeFoldObjectStatsReq keyRange. */
    keyRange: boolean;

    /** RpbAaeFoldObjectStatsReq startKey. */
    startKey: Uint8Array;

    /** RpbAaeFoldObjectStatsReq endKey. */
    endKey: Uint8Array;

    /** RpbAaeFoldObjectStatsReq modifiedRange. */
    modifiedRange: boolean;

    /** RpbAaeFoldObjectStatsReq lastModStart. */
    lastModStart: number;

    /** RpbAaeFoldObjectStatsReq lastModEnd. */
    lastModEnd: number;

    /**
     * Creates a new RpbAaeFoldObjectStatsReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldObjectStatsReq instance
     */
    static create(properties: RpbAaeFoldObjectStatsReq.$Shape): RpbAaeFoldObjectStatsReq & RpbAaeFoldObjectStatsReq.$Shape;
    static create(properties?: RpbAaeFoldObjectStatsReq.$Properties): RpbAaeFoldObjectStatsReq;

    /**
     * Encodes the specified RpbAaeFoldObjectStatsReq message. Does not implicitly {@link RpbAaeFoldObjectStatsReq.verify|verify} messages.
     * @param message RpbAaeFoldObjectStatsReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldObjectStatsReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldObjectStatsReq message, length delimited. Does not implicitly {@link RpbAaeFoldObjectStatsReq.verify|verify} messages.
     * @param message RpbAaeFoldObjectStatsReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldObjectStatsReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldObjectStatsReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldObjectStatsReq & RpbAaeFoldObjectStatsReq.$Shape} RpbAaeFoldObjectStatsReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldObjectStatsReq & RpbAaeFoldObjectStatsReq.$Shape;

    /**
     * Decodes a RpbAaeFoldObjectStatsReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldObjectStatsReq & RpbAaeFoldObjectStatsReq.$Shape} RpbAaeFoldObjectStatsReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldObjectStatsReq & RpbAaeFoldObjectStatsReq.$Shape;

    /**
     * Verifies a RpbAaeFoldObjectStatsReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldObjectStatsReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldObjectStatsReq
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldObjectStatsReq;

    /**
     * Creates a plain object from a RpbAaeFoldObjectStatsReq message. Also converts values to other types if specified.
     * @param message RpbAaeFoldObjectStatsReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldObjectStatsReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldObjectStatsReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldObjectStatsReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldObjectStatsReq {

    /** Properties of a RpbAaeFoldObjectStatsReq. */
    interface $Properties {

        /** RpbAaeFoldObjectStatsReq type */
        type?: (Uint8Array|null);

        /** RpbAaeFoldObjectStatsReq bucket */
        bucket: Uint8Array;

        /** RpbAaeFoldObjectStatsReq keyRange */
        keyRange: boolean;

        /** RpbAaeFoldObjectStatsReq startKey */
        startKey?: (Uint8Array|null);

        /** RpbAaeFoldObjectStatsReq endKey */
        endKey?: (Uint8Array|null);

        /** RpbAaeFoldObjectStatsReq modifiedRange */
        modifiedRange: boolean;

        /** RpbAaeFoldObjectStatsReq lastModStart */
        lastModStart?: (number|null);

        /** RpbAaeFoldObjectStatsReq lastModEnd */
        lastModEnd?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldObjectStatsReq. */
    type $Shape = RpbAaeFoldObjectStatsReq.$Properties;
}

/**
 * Properties of a RpbAaeFoldReplKeysReq.
 * @deprecated Use RpbAaeFoldReplKeysReq.$Properties instead.
 */
export interface IRpbAaeFoldReplKeysReq extends RpbAaeFoldReplKeysReq.$Properties {
}

/** Represents a RpbAaeFoldReplKeysReq. */
export class RpbAaeFoldReplKeysReq {

    /**
     * Constructs a new RpbAaeFoldReplKeysReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldReplKeysReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldReplKeysReq type. */
    type: Uint8Array;

    /** RpbAaeFoldReplKeysReq bucket. */
    bucket: Uint8Array;

    /** RpbAaeFoldReplKeysReq keyRange. */
    keyRange: boolean;

    /** RpbAaeFoldReplKeysReq startKey. */
    startKey: Uint8Array;

    /** RpbAaeFoldReplKeysReq endKey. */
    endKey: Uint8Array;

    /** RpbAaeFoldReplKeysReq modifiedRange. */
    modifiedRange: boolean;

    /** RpbAaeFoldReplKeysReq lastModStart. */
    lastModStart: number;

    /** RpbAaeFoldReplKeysReq lastModEnd. */
    lastModEnd: number;

    /** RpbAaeFoldReplKeysReq queuename. */
    queuename: Uint8Array;

    /**
     * Creates a new RpbAaeFoldReplKeysReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldReplKeysReq instance
     */
    static create(properties: RpbAaeFoldReplKeysReq.$Shape): RpbAaeFoldReplKeysReq & RpbAaeFoldReplKeysReq.$Shape;
    static create(properties?: RpbAaeFoldReplKeysReq.$Properties): RpbAaeFoldReplKeysReq;

    /**
     * Encodes the specified RpbAaeFoldReplKeysReq message. Does not implicitly {@link RpbAaeFoldReplKeysReq.verify|verify} messages.
     * @param message RpbAaeFoldReplKeysReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldReplKeysReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldReplKeysReq message, length delimited. Does not implicitly {@link RpbAaeFoldReplKeysReq.verify|verify} messages.
     * @param message RpbAaeFoldReplKeysReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldReplKeysReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldReplKeysReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldReplKeysReq & RpbAaeFoldReplKeysReq.$Shape} RpbAaeFoldReplKeysReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldReplKeysReq & RpbAaeFoldReplKeysReq.$Shape;

    /**
     * Decodes a RpbAaeFoldReplKeysReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldReplKeysReq & RpbAaeFoldReplKeysReq.$Shape} RpbAaeFoldReplKeysReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldReplKeysReq & RpbAaeFoldReplKeysReq.$Shape;

    /**
     * Verifies a RpbAaeFoldReplKeysReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldReplKeysReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldReplKeysReq
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldReplKeysReq;

    /**
     * Creates a plain object from a RpbAaeFoldReplKeysReq message. Also converts values to other types if specified.
     * @param message RpbAaeFoldReplKeysReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldReplKeysReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldReplKeysReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldReplKeysReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldReplKeysReq {

    /** Properties of a RpbAaeFoldReplKeysReq. */
    interface $Properties {

        /** RpbAaeFoldReplKeysReq type */
        type?: (Uint8Array|null);

        /** RpbAaeFoldReplKeysReq bucket */
        bucket: Uint8Array;

        /** RpbAaeFoldReplKeysReq keyRange */
        keyRange: boolean;

        /** RpbAaeFoldReplKeysReq startKey */
        startKey?: (Uint8Array|null);

        /** RpbAaeFoldReplKeysReq endKey */
        endKey?: (Uint8Array|null);

        /** RpbAaeFoldReplKeysReq modifiedRange */
        modifiedRange: boolean;

        /** RpbAaeFoldReplKeysReq lastModStart */
        lastModStart?: (number|null);

        /** RpbAaeFoldReplKeysReq lastModEnd */
        lastModEnd?: (number|null);

        /** RpbAaeFoldReplKeysReq queuename */
        queuename: Uint8Array;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldReplKeysReq. */
    type $Shape = RpbAaeFoldReplKeysReq.$Properties;
}

/**
 * Properties of a RpbAaeFoldFindTombsReq.
 * @deprecated Use RpbAaeFoldFindTombsReq.$Properties instead.
 */
export interface IRpbAaeFoldFindTombsReq extends RpbAaeFoldFindTombsReq.$Properties {
}

/** Represents a RpbAaeFoldFindTombsReq. */
export class RpbAaeFoldFindTombsReq {

    /**
     * Constructs a new RpbAaeFoldFindTombsReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldFindTombsReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldFindTombsReq type. */
    type: Uint8Array;

    /** RpbAaeFoldFindTombsReq bucket. */
    bucket: Uint8Array;

    /** RpbAaeFoldFindTombsReq keyRange. */
    keyRange: boolean;

    /** RpbAaeFoldFindTombsReq startKey. */
    startKey: Uint8Array;

    /** RpbAaeFoldFindTombsReq endKey. */
    endKey: Uint8Array;

    /** RpbAaeFoldFindTombsReq segmentFilter. */
    segmentFilter: boolean;

    /** RpbAaeFoldFindTombsReq idFilter. */
    idFilter: number[];

    /** RpbAaeFoldFindTombsReq filterTreeSize. */
    filterTreeSize: RpbAaeFoldFindTombsReq.RpbTreeSize;

    /** RpbAaeFoldFindTombsReq modifiedRange. */
    modifiedRange: boolean;

    /** RpbAaeFoldFindTombsReq lastModStart. */
    lastModStart: number;

    /** RpbAaeFoldFindTombsReq lastModEnd. */
    lastModEnd: number;

    /**
     * Creates a new RpbAaeFoldFindTombsReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldFindTombsReq instance
     */
    static create(properties: RpbAaeFoldFindTombsReq.$Shape): RpbAaeFoldFindTombsReq & RpbAaeFoldFindTombsReq.$Shape;
    static create(properties?: RpbAaeFoldFindTombsReq.$Properties): RpbAaeFoldFindTombsReq;

    /**
     * Encodes the specified RpbAaeFoldFindTombsReq message. Does not implicitly {@link RpbAaeFoldFindTombsReq.verify|verify} messages.
     * @param message RpbAaeFoldFindTombsReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldFindTombsReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldFindTombsReq message, length delimited. Does not implicitly {@link RpbAaeFoldFindTombsReq.verify|verify} messages.
     * @param message RpbAaeFoldFindTombsReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldFindTombsReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldFindTombsReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldFindTombsReq & RpbAaeFoldFindTombsReq.$Shape} RpbAaeFoldFindTombsReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldFindTombsReq & RpbAaeFoldFindTombsReq.$Shape;

    /**
     * Decodes a RpbAaeFoldFindTombsReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldFindTombsReq & RpbAaeFoldFindTombsReq.$Shape} RpbAaeFoldFindTombsReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldFindTombsReq & RpbAaeFoldFindTombsReq.$Shape;

    /**
     * Verifies a RpbAaeFoldFindTombsReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldFindTombsReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldFindTombsReq
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldFindTombsReq;

    /**
     * Creates a plain object from a RpbAaeFoldFindTombsReq message. Also converts values to other types if specified.
     * @param message RpbAaeFoldFindTombsReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldFindTombsReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldFindTombsReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldFindTombsReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldFindTombsReq {

    /** Properties of a RpbAaeFoldFindTombsReq. */
    interface $Properties {

        /** RpbAaeFoldFindTombsReq type */
        type?: (Uint8Array|null);

        /** RpbAaeFoldFindTombsReq bucket */
        bucket: Uint8Array;

        /** RpbAaeFoldFindTombsReq keyRange */
        keyRange: boolean;

        /** RpbAaeFoldFindTombsReq startKey */
        startKey?: (Uint8Array|null);

        /** RpbAaeFoldFindTombsReq endKey */
        endKey?: (Uint8Array|null);

        /** RpbAaeFoldFindTombsReq segmentFilter */
        segmentFilter: boolean;

        /** RpbAaeFoldFindTombsReq idFilter */
        idFilter?: (number[]|null);

        /** RpbAaeFoldFindTombsReq filterTreeSize */
        filterTreeSize?: (RpbAaeFoldFindTombsReq.RpbTreeSize|null);

        /** RpbAaeFoldFindTombsReq modifiedRange */
        modifiedRange: boolean;

        /** RpbAaeFoldFindTombsReq lastModStart */
        lastModStart?: (number|null);

        /** RpbAaeFoldFindTombsReq lastModEnd */
        lastModEnd?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldFindTombsReq. */
    type $Shape = RpbAaeFoldFindTombsReq.$Properties;

    /** RpbTreeSize enum. */
    enum RpbTreeSize {

        /** xxsmall value */
        xxsmall = 0,

        /** xsmall value */
        xsmall = 1,

        /** small value */
        small = 2,

        /** medium value */
        medium = 3,

        /** large value */
        large = 4,

        /** xlarge value */
        xlarge = 5
    }
}

/**
 * Properties of a RpbAaeFoldRepairKeysReq.
 * @deprecated Use RpbAaeFoldRepairKeysReq.$Properties instead.
 */
export interface IRpbAaeFoldRepairKeysReq extends RpbAaeFoldRepairKeysReq.$Properties {
}

/** Represents a RpbAaeFoldRepairKeysReq. */
export class RpbAaeFoldRepairKeysReq {

    /**
     * Constructs a new RpbAaeFoldRepairKeysReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldRepairKeysReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldRepairKeysReq type. */
    type: Uint8Array;

    /** RpbAaeFoldRepairKeysReq bucket. */
    bucket: Uint8Array;

    /** RpbAaeFoldRepairKeysReq keyRange. */
    keyRange: boolean;

    /** RpbAaeFoldRepairKeysReq startKey. */
    startKey: Uint8Array;

    /** RpbAaeFoldRepairKeysReq endKey. */
    endKey: Uint8Array;

    /** RpbAaeFoldRepairKeysReq modifiedRange. */
    modifiedRange: boolean;

    /** RpbAaeFoldRepairKeysReq lastModStart. */
    lastModStart: number;

    /** RpbAaeFoldRepairKeysReq lastModEnd. */
    lastModEnd: number;

    /**
     * Creates a new RpbAaeFoldRepairKeysReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldRepairKeysReq instance
     */
    static create(properties: RpbAaeFoldRepairKeysReq.$Shape): RpbAaeFoldRepairKeysReq & RpbAaeFoldRepairKeysReq.$Shape;
    static create(properties?: RpbAaeFoldRepairKeysReq.$Properties): RpbAaeFoldRepairKeysReq;

    /**
     * Encodes the specified RpbAaeFoldRepairKeysReq message. Does not implicitly {@link RpbAaeFoldRepairKeysReq.verify|verify} messages.
     * @param message RpbAaeFoldRepairKeysReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldRepairKeysReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldRepairKeysReq message, length delimited. Does not implicitly {@link RpbAaeFoldRepairKeysReq.verify|verify} messages.
     * @param message RpbAaeFoldRepairKeysReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldRepairKeysReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldRepairKeysReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldRepairKeysReq & RpbAaeFoldRepairKeysReq.$Shape} RpbAaeFoldRepairKeysReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldRepairKeysReq & RpbAaeFoldRepairKeysReq.$Shape;

    /**
     * Decodes a RpbAaeFoldRepairKeysReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldRepairKeysReq & RpbAaeFoldRepairKeysReq.$Shape} RpbAaeFoldRepairKeysReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldRepairKeysReq & RpbAaeFoldRepairKeysReq.$Shape;

    /**
     * Verifies a RpbAaeFoldRepairKeysReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldRepairKeysReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldRepairKeysReq
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldRepairKeysReq;

    /**
     * Creates a plain object from a RpbAaeFoldRepairKeysReq message. Also converts values to other types if specified.
     * @param message RpbAaeFoldRepairKeysReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldRepairKeysReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldRepairKeysReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldRepairKeysReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldRepairKeysReq {

    /** Properties of a RpbAaeFoldRepairKeysReq. */
    interface $Properties {

        /** RpbAaeFoldRepairKeysReq type */
        type?: (Uint8Array|null);

        /** RpbAaeFoldRepairKeysReq bucket */
        bucket: Uint8Array;

        /** RpbAaeFoldRepairKeysReq keyRange */
        keyRange: boolean;

        /** RpbAaeFoldRepairKeysReq startKey */
        startKey?: (Uint8Array|null);

        /** RpbAaeFoldRepairKeysReq endKey */
        endKey?: (Uint8Array|null);

        /** RpbAaeFoldRepairKeysReq modifiedRange */
        modifiedRange: boolean;

        /** RpbAaeFoldRepairKeysReq lastModStart */
        lastModStart?: (number|null);

        /** RpbAaeFoldRepairKeysReq lastModEnd */
        lastModEnd?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldRepairKeysReq. */
    type $Shape = RpbAaeFoldRepairKeysReq.$Properties;
}

/**
 * Properties of a RpbAaeFoldListBucketsReq.
 * @deprecated Use RpbAaeFoldListBucketsReq.$Properties instead.
 */
export interface IRpbAaeFoldListBucketsReq extends RpbAaeFoldListBucketsReq.$Properties {
}

/** Represents a RpbAaeFoldListBucketsReq. */
export class RpbAaeFoldListBucketsReq {

    /**
     * Constructs a new RpbAaeFoldListBucketsReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldListBucketsReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldListBucketsReq nVal. */
    nVal: number;

    /**
     * Creates a new RpbAaeFoldListBucketsReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldListBucketsReq instance
     */
    static create(properties: RpbAaeFoldListBucketsReq.$Shape): RpbAaeFoldListBucketsReq & RpbAaeFoldListBucketsReq.$Shape;
    static create(properties?: RpbAaeFoldListBucketsReq.$Properties): RpbAaeFoldListBucketsReq;

    /**
     * Encodes the specified RpbAaeFoldListBucketsReq message. Does not implicitly {@link RpbAaeFoldListBucketsReq.verify|verify} messages.
     * @param message RpbAaeFoldListBucketsReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldListBucketsReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldListBucketsReq message, length delimited. Does not implicitly {@link RpbAaeFoldListBucketsReq.verify|verify} messages.
     * @param message RpbAaeFoldListBucketsReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldListBucketsReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldListBucketsReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldListBucketsReq & RpbAaeFoldListBucketsReq.$Shape} RpbAaeFoldListBucketsReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldListBucketsReq & RpbAaeFoldListBucketsReq.$Shape;

    /**
     * Decodes a RpbAaeFoldListBucketsReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldListBucketsReq & RpbAaeFoldListBucketsReq.$Shape} RpbAaeFoldListBucketsReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldListBucketsReq & RpbAaeFoldListBucketsReq.$Shape;

    /**
     * Verifies a RpbAaeFoldListBucketsReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldListBucketsReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldListBucketsReq
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldListBucketsReq;

    /**
     * Creates a plain object from a RpbAaeFoldListBucketsReq message. Also converts values to other types if specified.
     * @param message RpbAaeFoldListBucketsReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldListBucketsReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldListBucketsReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldListBucketsReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldListBucketsReq {

    /** Properties of a RpbAaeFoldListBucketsReq. */
    interface $Properties {

        /** RpbAaeFoldListBucketsReq nVal */
        nVal?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldListBucketsReq. */
    type $Shape = RpbAaeFoldListBucketsReq.$Properties;
}

/**
 * Properties of a RpbAaeFoldReapTombsReq.
 * @deprecated Use RpbAaeFoldReapTombsReq.$Properties instead.
 */
export interface IRpbAaeFoldReapTombsReq extends RpbAaeFoldReapTombsReq.$Properties {
}

/** Represents a RpbAaeFoldReapTombsReq. */
export class RpbAaeFoldReapTombsReq {

    /**
     * Constructs a new RpbAaeFoldReapTombsReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldReapTombsReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldReapTombsReq type. */
    type: Uint8Array;

    /** RpbAaeFoldReapTombsReq bucket. */
    bucket: Uint8Array;

    /** RpbAaeFoldReapTombsReq keyRange. */
    keyRange: boolean;

    /** RpbAaeFoldReapTombsReq startKey. */
    startKey: Uint8Array;

    /** RpbAaeFoldReapTombsReq endKey. */
    endKey: Uint8Array;

    /** RpbAaeFoldReapTombsReq segmentFilter. */
    segmentFilter: boolean;

    /** RpbAaeFoldReapTombsReq idFilter. */
    idFilter: number[];

    /** RpbAaeFoldReapTombsReq filterTreeSize. */
    filterTreeSize: RpbAaeFoldReapTombsReq.RpbTreeSize;

    /** RpbAaeFoldReapTombsReq modifiedRange. */
    modifiedRange: boolean;

    /** RpbAaeFoldReapTombsReq lastModStart. */
    lastModStart: number;

    /** RpbAaeFoldReapTombsReq lastModEnd. */
    lastModEnd: number;

    /** RpbAaeFoldReapTombsReq changeMethod. */
    changeMethod: RpbAaeFoldReapTombsReq.ChangeMethod;

    /** RpbAaeFoldReapTombsReq jobId. */
    jobId: number;

    /**
     * Creates a new RpbAaeFoldReapTombsReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldReapTombsReq instance
     */
    static create(properties: RpbAaeFoldReapTombsReq.$Shape): RpbAaeFoldReapTombsReq & RpbAaeFoldReapTombsReq.$Shape;
    static create(properties?: RpbAaeFoldReapTombsReq.$Properties): RpbAaeFoldReapTombsReq;

    /**
     * Encodes the specified RpbAaeFoldReapTombsReq message. Does not implicitly {@link RpbAaeFoldReapTombsReq.verify|verify} messages.
     * @param message RpbAaeFoldReapTombsReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldReapTombsReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldReapTombsReq message, length delimited. Does not implicitly {@link RpbAaeFoldReapTombsReq.verify|verify} messages.
     * @param message RpbAaeFoldReapTombsReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldReapTombsReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldReapTombsReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldReapTombsReq & RpbAaeFoldReapTombsReq.$Shape} RpbAaeFoldReapTombsReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldReapTombsReq & RpbAaeFoldReapTombsReq.$Shape;

    /**
     * Decodes a RpbAaeFoldReapTombsReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldReapTombsReq & RpbAaeFoldReapTombsReq.$Shape} RpbAaeFoldReapTombsReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldReapTombsReq & RpbAaeFoldReapTombsReq.$Shape;

    /**
     * Verifies a RpbAaeFoldReapTombsReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldReapTombsReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldReapTombsReq
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldReapTombsReq;

    /**
     * Creates a plain object from a RpbAaeFoldReapTombsReq message. Also converts values to other types if specified.
     * @param message RpbAaeFoldReapTombsReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldReapTombsReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldReapTombsReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldReapTombsReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldReapTombsReq {

    /** Properties of a RpbAaeFoldReapTombsReq. */
    interface $Properties {

        /** RpbAaeFoldReapTombsReq type */
        type?: (Uint8Array|null);

        /** RpbAaeFoldReapTombsReq bucket */
        bucket: Uint8Array;

        /** RpbAaeFoldReapTombsReq keyRange */
        keyRange: boolean;

        /** RpbAaeFoldReapTombsReq startKey */
        startKey?: (Uint8Array|null);

        /** RpbAaeFoldReapTombsReq endKey */
        endKey?: (Uint8Array|null);

        /** RpbAaeFoldReapTombsReq segmentFilter */
        segmentFilter: boolean;

        /** RpbAaeFoldReapTombsReq idFilter */
        idFilter?: (number[]|null);

        /** RpbAaeFoldReapTombsReq filterTreeSize */
        filterTreeSize?: (RpbAaeFoldReapTombsReq.RpbTreeSize|null);

        /** RpbAaeFoldReapTombsReq modifiedRange */
        modifiedRange: boolean;

        /** RpbAaeFoldReapTombsReq lastModStart */
        lastModStart?: (number|null);

        /** RpbAaeFoldReapTombsReq lastModEnd */
        lastModEnd?: (number|null);

        /** RpbAaeFoldReapTombsReq changeMethod */
        changeMethod: RpbAaeFoldReapTombsReq.ChangeMethod;

        /** RpbAaeFoldReapTombsReq jobId */
        jobId?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldReapTombsReq. */
    type $Shape = RpbAaeFoldReapTombsReq.$Properties;

    /** RpbTreeSize enum. */
    enum RpbTreeSize {

        /** xxsmall value */
        xxsmall = 0,

        /** xsmall value */
        xsmall = 1,

        /** small value */
        small = 2,

        /** medium value */
        medium = 3,

        /** large value */
        large = 4,

        /** xlarge value */
        xlarge = 5
    }

    /** ChangeMethod enum. */
    enum ChangeMethod {

        /** job value */
        job = 0,

        /** local value */
        local = 1,

        /** count value */
        count = 2
    }
}

/**
 * Properties of a RpbAaeFoldEraseKeysReq.
 * @deprecated Use RpbAaeFoldEraseKeysReq.$Properties instead.
 */
export interface IRpbAaeFoldEraseKeysReq extends RpbAaeFoldEraseKeysReq.$Properties {
}

/** Represents a RpbAaeFoldEraseKeysReq. */
export class RpbAaeFoldEraseKeysReq {

    /**
     * Constructs a new RpbAaeFoldEraseKeysReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldEraseKeysReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldEraseKeysReq type. */
    type: Uint8Array;

    /** RpbAaeFoldEraseKeysReq bucket. */
    bucket: Uint8Array;

    /** RpbAaeFoldEraseKeysReq keyRange. */
    keyRange: boolean;

    /** RpbAaeFoldEraseKeysReq startKey. */
    startKey: Uint8Array;

    /** RpbAaeFoldEraseKeysReq endKey. */
    endKey: Uint8Array;

    /** RpbAaeFoldEraseKeysReq segmentFilter. */
    segmentFilter: boolean;

    /** RpbAaeFoldEraseKeysReq idFilter. */
    idFilter: number[];

    /** RpbAaeFoldEraseKeysReq filterTreeSize. */
    filterTreeSize: RpbAaeFoldEraseKeysReq.RpbTreeSize;

    /** RpbAaeFoldEraseKeysReq modifiedRange. */
    modifiedRange: boolean;

    /** RpbAaeFoldEraseKeysReq lastModStart. */
    lastModStart: number;

    /** RpbAaeFoldEraseKeysReq lastModEnd. */
    lastModEnd: number;

    /** RpbAaeFoldEraseKeysReq changeMethod. */
    changeMethod: RpbAaeFoldEraseKeysReq.ChangeMethod;

    /** RpbAaeFoldEraseKeysReq jobId. */
    jobId: number;

    /**
     * Creates a new RpbAaeFoldEraseKeysReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldEraseKeysReq instance
     */
    static create(properties: RpbAaeFoldEraseKeysReq.$Shape): RpbAaeFoldEraseKeysReq & RpbAaeFoldEraseKeysReq.$Shape;
    static create(properties?: RpbAaeFoldEraseKeysReq.$Properties): RpbAaeFoldEraseKeysReq;

    /**
     * Encodes the specified RpbAaeFoldEraseKeysReq message. Does not implicitly {@link RpbAaeFoldEraseKeysReq.verify|verify} messages.
     * @param message RpbAaeFoldEraseKeysReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldEraseKeysReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldEraseKeysReq message, length delimited. Does not implicitly {@link RpbAaeFoldEraseKeysReq.verify|verify} messages.
     * @param message RpbAaeFoldEraseKeysReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldEraseKeysReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldEraseKeysReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldEraseKeysReq & RpbAaeFoldEraseKeysReq.$Shape} RpbAaeFoldEraseKeysReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldEraseKeysReq & RpbAaeFoldEraseKeysReq.$Shape;

    /**
     * Decodes a RpbAaeFoldEraseKeysReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldEraseKeysReq & RpbAaeFoldEraseKeysReq.$Shape} RpbAaeFoldEraseKeysReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldEraseKeysReq & RpbAaeFoldEraseKeysReq.$Shape;

    /**
     * Verifies a RpbAaeFoldEraseKeysReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldEraseKeysReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldEraseKeysReq
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldEraseKeysReq;

    /**
     * Creates a plain object from a RpbAaeFoldEraseKeysReq message. Also converts values to other types if specified.
     * @param message RpbAaeFoldEraseKeysReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldEraseKeysReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldEraseKeysReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldEraseKeysReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldEraseKeysReq {

    /** Properties of a RpbAaeFoldEraseKeysReq. */
    interface $Properties {

        /** RpbAaeFoldEraseKeysReq type */
        type?: (Uint8Array|null);

        /** RpbAaeFoldEraseKeysReq bucket */
        bucket: Uint8Array;

        /** RpbAaeFoldEraseKeysReq keyRange */
        keyRange: boolean;

        /** RpbAaeFoldEraseKeysReq startKey */
        startKey?: (Uint8Array|null);

        /** RpbAaeFoldEraseKeysReq endKey */
        endKey?: (Uint8Array|null);

        /** RpbAaeFoldEraseKeysReq segmentFilter */
        segmentFilter: boolean;

        /** RpbAaeFoldEraseKeysReq idFilter */
        idFilter?: (number[]|null);

        /** RpbAaeFoldEraseKeysReq filterTreeSize */
        filterTreeSize?: (RpbAaeFoldEraseKeysReq.RpbTreeSize|null);

        /** RpbAaeFoldEraseKeysReq modifiedRange */
        modifiedRange: boolean;

        /** RpbAaeFoldEraseKeysReq lastModStart */
        lastModStart?: (number|null);

        /** RpbAaeFoldEraseKeysReq lastModEnd */
        lastModEnd?: (number|null);

        /** RpbAaeFoldEraseKeysReq changeMethod */
        changeMethod: RpbAaeFoldEraseKeysReq.ChangeMethod;

        /** RpbAaeFoldEraseKeysReq jobId */
        jobId?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldEraseKeysReq. */
    type $Shape = RpbAaeFoldEraseKeysReq.$Properties;

    /** RpbTreeSize enum. */
    enum RpbTreeSize {

        /** xxsmall value */
        xxsmall = 0,

        /** xsmall value */
        xsmall = 1,

        /** small value */
        small = 2,

        /** medium value */
        medium = 3,

        /** large value */
        large = 4,

        /** xlarge value */
        xlarge = 5
    }

    /** ChangeMethod enum. */
    enum ChangeMethod {

        /** job value */
        job = 0,

        /** local value */
        local = 1,

        /** count value */
        count = 2
    }
}

/**
 * Properties of a RpbAaeFoldTreeResp.
 * @deprecated Use RpbAaeFoldTreeResp.$Properties instead.
 */
export interface IRpbAaeFoldTreeResp extends RpbAaeFoldTreeResp.$Properties {
}

/** Represents a RpbAaeFoldTreeResp. */
export class RpbAaeFoldTreeResp {

    /**
     * Constructs a new RpbAaeFoldTreeResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldTreeResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldTreeResp size. */
    size: RpbAaeFoldTreeResp.RpbTreeSize;

    /** RpbAaeFoldTreeResp levelOne. */
    levelOne: Uint8Array;

    /** RpbAaeFoldTreeResp levelTwo. */
    levelTwo: Uint8Array[];

    /**
     * Creates a new RpbAaeFoldTreeResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldTreeResp instance
     */
    static create(properties: RpbAaeFoldTreeResp.$Shape): RpbAaeFoldTreeResp & RpbAaeFoldTreeResp.$Shape;
    static create(properties?: RpbAaeFoldTreeResp.$Properties): RpbAaeFoldTreeResp;

    /**
     * Encodes the specified RpbAaeFoldTreeResp message. Does not implicitly {@link RpbAaeFoldTreeResp.verify|verify} messages.
     * @param message RpbAaeFoldTreeResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldTreeResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldTreeResp message, length delimited. Does not implicitly {@link RpbAaeFoldTreeResp.verify|verify} messages.
     * @param message RpbAaeFoldTreeResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldTreeResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldTreeResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldTreeResp & RpbAaeFoldTreeResp.$Shape} RpbAaeFoldTreeResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldTreeResp & RpbAaeFoldTreeResp.$Shape;

    /**
     * Decodes a RpbAaeFoldTreeResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldTreeResp & RpbAaeFoldTreeResp.$Shape} RpbAaeFoldTreeResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldTreeResp & RpbAaeFoldTreeResp.$Shape;

    /**
     * Verifies a RpbAaeFoldTreeResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldTreeResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldTreeResp
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldTreeResp;

    /**
     * Creates a plain object from a RpbAaeFoldTreeResp message. Also converts values to other types if specified.
     * @param message RpbAaeFoldTreeResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldTreeResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldTreeResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldTreeResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldTreeResp {

    /** Properties of a RpbAaeFoldTreeResp. */
    interface $Properties {

        /** RpbAaeFoldTreeResp size */
        size: RpbAaeFoldTreeResp.RpbTreeSize;

        /** RpbAaeFoldTreeResp levelOne */
        levelOne?: (Uint8Array|null);

        /** RpbAaeFoldTreeResp levelTwo */
        levelTwo?: (Uint8Array[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldTreeResp. */
    type $Shape = RpbAaeFoldTreeResp.$Properties;

    /** RpbTreeSize enum. */
    enum RpbTreeSize {

        /** xxsmall value */
        xxsmall = 0,

        /** xsmall value */
        xsmall = 1,

        /** small value */
        small = 2,

        /** medium value */
        medium = 3,

        /** large value */
        large = 4,

        /** xlarge value */
        xlarge = 5
    }
}

/**
 * Properties of a RpbAaeFoldKeyValueResp.
 * @deprecated Use RpbAaeFoldKeyValueResp.$Properties instead.
 */
export interface IRpbAaeFoldKeyValueResp extends RpbAaeFoldKeyValueResp.$Properties {
}

/** Represents a RpbAaeFoldKeyValueResp. */
export class RpbAaeFoldKeyValueResp {

    /**
     * Constructs a new RpbAaeFoldKeyValueResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldKeyValueResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldKeyValueResp responseType. */
    responseType: Uint8Array;

    /** RpbAaeFoldKeyValueResp keysValue. */
    keysValue: RpbKeysValue.$Properties[];

    /**
     * Creates a new RpbAaeFoldKeyValueResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldKeyValueResp instance
     */
    static create(properties: RpbAaeFoldKeyValueResp.$Shape): RpbAaeFoldKeyValueResp & RpbAaeFoldKeyValueResp.$Shape;
    static create(properties?: RpbAaeFoldKeyValueResp.$Properties): RpbAaeFoldKeyValueResp;

    /**
     * Encodes the specified RpbAaeFoldKeyValueResp message. Does not implicitly {@link RpbAaeFoldKeyValueResp.verify|verify} messages.
     * @param message RpbAaeFoldKeyValueResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldKeyValueResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldKeyValueResp message, length delimited. Does not implicitly {@link RpbAaeFoldKeyValueResp.verify|verify} messages.
     * @param message RpbAaeFoldKeyValueResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldKeyValueResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldKeyValueResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldKeyValueResp & RpbAaeFoldKeyValueResp.$Shape} RpbAaeFoldKeyValueResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldKeyValueResp & RpbAaeFoldKeyValueResp.$Shape;

    /**
     * Decodes a RpbAaeFoldKeyValueResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldKeyValueResp & RpbAaeFoldKeyValueResp.$Shape} RpbAaeFoldKeyValueResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldKeyValueResp & RpbAaeFoldKeyValueResp.$Shape;

    /**
     * Verifies a RpbAaeFoldKeyValueResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldKeyValueResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldKeyValueResp
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldKeyValueResp;

    /**
     * Creates a plain object from a RpbAaeFoldKeyValueResp message. Also converts values to other types if specified.
     * @param message RpbAaeFoldKeyValueResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldKeyValueResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldKeyValueResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldKeyValueResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldKeyValueResp {

    /** Properties of a RpbAaeFoldKeyValueResp. */
    interface $Properties {

        /** RpbAaeFoldKeyValueResp responseType */
        responseType: Uint8Array;

        /** RpbAaeFoldKeyValueResp keysValue */
        keysValue?: (RpbKeysValue.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldKeyValueResp. */
    type $Shape = RpbAaeFoldKeyValueResp.$Properties;
}

/**
 * Properties of a RpbAaeFoldKeyCountResp.
 * @deprecated Use RpbAaeFoldKeyCountResp.$Properties instead.
 */
export interface IRpbAaeFoldKeyCountResp extends RpbAaeFoldKeyCountResp.$Properties {
}

/** Represents a RpbAaeFoldKeyCountResp. */
export class RpbAaeFoldKeyCountResp {

    /**
     * Constructs a new RpbAaeFoldKeyCountResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldKeyCountResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldKeyCountResp responseType. */
    responseType: Uint8Array;

    /** RpbAaeFoldKeyCountResp keysCount. */
    keysCount: RpbKeysCount.$Properties[];

    /**
     * Creates a new RpbAaeFoldKeyCountResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldKeyCountResp instance
     */
    static create(properties: RpbAaeFoldKeyCountResp.$Shape): RpbAaeFoldKeyCountResp & RpbAaeFoldKeyCountResp.$Shape;
    static create(properties?: RpbAaeFoldKeyCountResp.$Properties): RpbAaeFoldKeyCountResp;

    /**
     * Encodes the specified RpbAaeFoldKeyCountResp message. Does not implicitly {@link RpbAaeFoldKeyCountResp.verify|verify} messages.
     * @param message RpbAaeFoldKeyCountResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldKeyCountResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldKeyCountResp message, length delimited. Does not implicitly {@link RpbAaeFoldKeyCountResp.verify|verify} messages.
     * @param message RpbAaeFoldKeyCountResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldKeyCountResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldKeyCountResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldKeyCountResp & RpbAaeFoldKeyCountResp.$Shape} RpbAaeFoldKeyCountResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldKeyCountResp & RpbAaeFoldKeyCountResp.$Shape;

    /**
     * Decodes a RpbAaeFoldKeyCountResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldKeyCountResp & RpbAaeFoldKeyCountResp.$Shape} RpbAaeFoldKeyCountResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldKeyCountResp & RpbAaeFoldKeyCountResp.$Shape;

    /**
     * Verifies a RpbAaeFoldKeyCountResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldKeyCountResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldKeyCountResp
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldKeyCountResp;

    /**
     * Creates a plain object from a RpbAaeFoldKeyCountResp message. Also converts values to other types if specified.
     * @param message RpbAaeFoldKeyCountResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldKeyCountResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldKeyCountResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldKeyCountResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldKeyCountResp {

    /** Properties of a RpbAaeFoldKeyCountResp. */
    interface $Properties {

        /** RpbAaeFoldKeyCountResp responseType */
        responseType: Uint8Array;

        /** RpbAaeFoldKeyCountResp keysCount */
        keysCount?: (RpbKeysCount.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldKeyCountResp. */
    type $Shape = RpbAaeFoldKeyCountResp.$Properties;
}

/**
 * Properties of a RpbKeysCount.
 * @deprecated Use RpbKeysCount.$Properties instead.
 */
export interface IRpbKeysCount extends RpbKeysCount.$Properties {
}

/** Represents a RpbKeysCount. */
export class RpbKeysCount {

    /**
     * Constructs a new RpbKeysCount.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbKeysCount.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbKeysCount tag. */
    tag: Uint8Array;

    /** RpbKeysCount order. */
    order: number;

    /** RpbKeysCount count. */
    count: number;

    /**
     * Creates a new RpbKeysCount instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbKeysCount instance
     */
    static create(properties: RpbKeysCount.$Shape): RpbKeysCount & RpbKeysCount.$Shape;
    static create(properties?: RpbKeysCount.$Properties): RpbKeysCount;

    /**
     * Encodes the specified RpbKeysCount message. Does not implicitly {@link RpbKeysCount.verify|verify} messages.
     * @param message RpbKeysCount message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbKeysCount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbKeysCount message, length delimited. Does not implicitly {@link RpbKeysCount.verify|verify} messages.
     * @param message RpbKeysCount message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbKeysCount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbKeysCount message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbKeysCount & RpbKeysCount.$Shape} RpbKeysCount
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbKeysCount & RpbKeysCount.$Shape;

    /**
     * Decodes a RpbKeysCount message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbKeysCount & RpbKeysCount.$Shape} RpbKeysCount
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbKeysCount & RpbKeysCount.$Shape;

    /**
     * Verifies a RpbKeysCount message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbKeysCount message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbKeysCount
     */
    static fromObject(object: { [k: string]: any }): RpbKeysCount;

    /**
     * Creates a plain object from a RpbKeysCount message. Also converts values to other types if specified.
     * @param message RpbKeysCount
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbKeysCount, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbKeysCount to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbKeysCount
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbKeysCount {

    /** Properties of a RpbKeysCount. */
    interface $Properties {

        /** RpbKeysCount tag */
        tag: Uint8Array;

        /** RpbKeysCount order */
        order?: (number|null);

        /** RpbKeysCount count */
        count: number;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbKeysCount. */
    type $Shape = RpbKeysCount.$Properties;
}

/**
 * Properties of a RpbAaeFoldListBucketsResp.
 * @deprecated Use RpbAaeFoldListBucketsResp.$Properties instead.
 */
export interface IRpbAaeFoldListBucketsResp extends RpbAaeFoldListBucketsResp.$Properties {
}

/** Represents a RpbAaeFoldListBucketsResp. */
export class RpbAaeFoldListBucketsResp {

    /**
     * Constructs a new RpbAaeFoldListBucketsResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldListBucketsResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldListBucketsResp bucketList. */
    bucketList: RpbAaeFoldBucket.$Properties[];

    /**
     * Creates a new RpbAaeFoldListBucketsResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldListBucketsResp instance
     */
    static create(properties: RpbAaeFoldListBucketsResp.$Shape): RpbAaeFoldListBucketsResp & RpbAaeFoldListBucketsResp.$Shape;
    static create(properties?: RpbAaeFoldListBucketsResp.$Properties): RpbAaeFoldListBucketsResp;

    /**
     * Encodes the specified RpbAaeFoldListBucketsResp message. Does not implicitly {@link RpbAaeFoldListBucketsResp.verify|verify} messages.
     * @param message RpbAaeFoldListBucketsResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldListBucketsResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldListBucketsResp message, length delimited. Does not implicitly {@link RpbAaeFoldListBucketsResp.verify|verify} messages.
     * @param message RpbAaeFoldListBucketsResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldListBucketsResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldListBucketsResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldListBucketsResp & RpbAaeFoldListBucketsResp.$Shape} RpbAaeFoldListBucketsResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldListBucketsResp & RpbAaeFoldListBucketsResp.$Shape;

    /**
     * Decodes a RpbAaeFoldListBucketsResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldListBucketsResp & RpbAaeFoldListBucketsResp.$Shape} RpbAaeFoldListBucketsResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldListBucketsResp & RpbAaeFoldListBucketsResp.$Shape;

    /**
     * Verifies a RpbAaeFoldListBucketsResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldListBucketsResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldListBucketsResp
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldListBucketsResp;

    /**
     * Creates a plain object from a RpbAaeFoldListBucketsResp message. Also converts values to other types if specified.
     * @param message RpbAaeFoldListBucketsResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldListBucketsResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldListBucketsResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldListBucketsResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldListBucketsResp {

    /** Properties of a RpbAaeFoldListBucketsResp. */
    interface $Properties {

        /** RpbAaeFoldListBucketsResp bucketList */
        bucketList?: (RpbAaeFoldBucket.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldListBucketsResp. */
    type $Shape = RpbAaeFoldListBucketsResp.$Properties;
}

/**
 * Properties of a RpbAaeFoldBucket.
 * @deprecated Use RpbAaeFoldBucket.$Properties instead.
 */
export interface IRpbAaeFoldBucket extends RpbAaeFoldBucket.$Properties {
}

/** Represents a RpbAaeFoldBucket. */
export class RpbAaeFoldBucket {

    /**
     * Constructs a new RpbAaeFoldBucket.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbAaeFoldBucket.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbAaeFoldBucket type. */
    type: Uint8Array;

    /** RpbAaeFoldBucket bucket. */
    bucket: Uint8Array;

    /**
     * Creates a new RpbAaeFoldBucket instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbAaeFoldBucket instance
     */
    static create(properties: RpbAaeFoldBucket.$Shape): RpbAaeFoldBucket & RpbAaeFoldBucket.$Shape;
    static create(properties?: RpbAaeFoldBucket.$Properties): RpbAaeFoldBucket;

    /**
     * Encodes the specified RpbAaeFoldBucket message. Does not implicitly {@link RpbAaeFoldBucket.verify|verify} messages.
     * @param message RpbAaeFoldBucket message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbAaeFoldBucket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbAaeFoldBucket message, length delimited. Does not implicitly {@link RpbAaeFoldBucket.verify|verify} messages.
     * @param message RpbAaeFoldBucket message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbAaeFoldBucket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbAaeFoldBucket message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbAaeFoldBucket & RpbAaeFoldBucket.$Shape} RpbAaeFoldBucket
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbAaeFoldBucket & RpbAaeFoldBucket.$Shape;

    /**
     * Decodes a RpbAaeFoldBucket message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbAaeFoldBucket & RpbAaeFoldBucket.$Shape} RpbAaeFoldBucket
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbAaeFoldBucket & RpbAaeFoldBucket.$Shape;

    /**
     * Verifies a RpbAaeFoldBucket message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbAaeFoldBucket message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbAaeFoldBucket
     */
    static fromObject(object: { [k: string]: any }): RpbAaeFoldBucket;

    /**
     * Creates a plain object from a RpbAaeFoldBucket message. Also converts values to other types if specified.
     * @param message RpbAaeFoldBucket
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbAaeFoldBucket, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbAaeFoldBucket to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbAaeFoldBucket
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbAaeFoldBucket {

    /** Properties of a RpbAaeFoldBucket. */
    interface $Properties {

        /** RpbAaeFoldBucket type */
        type?: (Uint8Array|null);

        /** RpbAaeFoldBucket bucket */
        bucket: Uint8Array;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbAaeFoldBucket. */
    type $Shape = RpbAaeFoldBucket.$Properties;
}

/**
 * Properties of a RpbSearchDoc.
 * @deprecated Use RpbSearchDoc.$Properties instead.
 */
export interface IRpbSearchDoc extends RpbSearchDoc.$Properties {
}

/** Represents a RpbSearchDoc. */
export class RpbSearchDoc {

    /**
     * Constructs a new RpbSearchDoc.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbSearchDoc.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbSearchDoc fields. */
    fields: RpbPair.$Properties[];

    /**
     * Creates a new RpbSearchDoc instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbSearchDoc instance
     */
    static create(properties: RpbSearchDoc.$Shape): RpbSearchDoc & RpbSearchDoc.$Shape;
    static create(properties?: RpbSearchDoc.$Properties): RpbSearchDoc;

    /**
     * Encodes the specified RpbSearchDoc message. Does not implicitly {@link RpbSearchDoc.verify|verify} messages.
     * @param message RpbSearchDoc message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbSearchDoc.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbSearchDoc message, length delimited. Does not implicitly {@link RpbSearchDoc.verify|verify} messages.
     * @param message RpbSearchDoc message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbSearchDoc.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbSearchDoc message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbSearchDoc & RpbSearchDoc.$Shape} RpbSearchDoc
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbSearchDoc & RpbSearchDoc.$Shape;

    /**
     * Decodes a RpbSearchDoc message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbSearchDoc & RpbSearchDoc.$Shape} RpbSearchDoc
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbSearchDoc & RpbSearchDoc.$Shape;

    /**
     * Verifies a RpbSearchDoc message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbSearchDoc message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbSearchDoc
     */
    static fromObject(object: { [k: string]: any }): RpbSearchDoc;

    /**
     * Creates a plain object from a RpbSearchDoc message. Also converts values to other types if specified.
     * @param message RpbSearchDoc
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbSearchDoc, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbSearchDoc to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbSearchDoc
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbSearchDoc {

    /** Properties of a RpbSearchDoc. */
    interface $Properties {

        /** RpbSearchDoc fields */
        fields?: (RpbPair.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbSearchDoc. */
    type $Shape = RpbSearchDoc.$Properties;
}

/**
 * Properties of a RpbSearchQueryReq.
 * @deprecated Use RpbSearchQueryReq.$Properties instead.
 */
export interface IRpbSearchQueryReq extends RpbSearchQueryReq.$Properties {
}

/** Represents a RpbSearchQueryReq. */
export class RpbSearchQueryReq {

    /**
     * Constructs a new RpbSearchQueryReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbSearchQueryReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbSearchQueryReq q. */
    q: Uint8Array;

    /** RpbSearchQueryReq index. */
    index: Uint8Array;

    /** RpbSearchQueryReq rows. */
    rows: number;

    /** RpbSearchQueryReq start. */
    start: number;

    /** RpbSearchQueryReq sort. */
    sort: Uint8Array;

    /** RpbSearchQueryReq filter. */
    filter: Uint8Array;

    /** RpbSearchQueryReq df. */
    df: Uint8Array;

    /** RpbSearchQueryReq op. */
    op: Uint8Array;

    /** RpbSearchQueryReq fl. */
    fl: Uint8Array[];

    /** RpbSearchQueryReq presort. */
    presort: Uint8Array;

    /**
     * Creates a new RpbSearchQueryReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbSearchQueryReq instance
     */
    static create(properties: RpbSearchQueryReq.$Shape): RpbSearchQueryReq & RpbSearchQueryReq.$Shape;
    static create(properties?: RpbSearchQueryReq.$Properties): RpbSearchQueryReq;

    /**
     * Encodes the specified RpbSearchQueryReq message. Does not implicitly {@link RpbSearchQueryReq.verify|verify} messages.
     * @param message RpbSearchQueryReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbSearchQueryReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbSearchQueryReq message, length delimited. Does not implicitly {@link RpbSearchQueryReq.verify|verify} messages.
     * @param message RpbSearchQueryReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbSearchQueryReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbSearchQueryReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbSearchQueryReq & RpbSearchQueryReq.$Shape} RpbSearchQueryReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbSearchQueryReq & RpbSearchQueryReq.$Shape;

    /**
     * Decodes a RpbSearchQueryReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbSearchQueryReq & RpbSearchQueryReq.$Shape} RpbSearchQueryReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbSearchQueryReq & RpbSearchQueryReq.$Shape;

    /**
     * Verifies a RpbSearchQueryReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbSearchQueryReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbSearchQueryReq
     */
    static fromObject(object: { [k: string]: any }): RpbSearchQueryReq;

    /**
     * Creates a plain object from a RpbSearchQueryReq message. Also converts values to other types if specified.
     * @param message RpbSearchQueryReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbSearchQueryReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbSearchQueryReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbSearchQueryReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbSearchQueryReq {

    /** Properties of a RpbSearchQueryReq. */
    interface $Properties {

        /** RpbSearchQueryReq q */
        q: Uint8Array;

        /** RpbSearchQueryReq index */
        index: Uint8Array;

        /** RpbSearchQueryReq rows */
        rows?: (number|null);

        /** RpbSearchQueryReq start */
        start?: (number|null);

        /** RpbSearchQueryReq sort */
        sort?: (Uint8Array|null);

        /** RpbSearchQueryReq filter */
        filter?: (Uint8Array|null);

        /** RpbSearchQueryReq df */
        df?: (Uint8Array|null);

        /** RpbSearchQueryReq op */
        op?: (Uint8Array|null);

        /** RpbSearchQueryReq fl */
        fl?: (Uint8Array[]|null);

        /** RpbSearchQueryReq presort */
        presort?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbSearchQueryReq. */
    type $Shape = RpbSearchQueryReq.$Properties;
}

/**
 * Properties of a RpbSearchQueryResp.
 * @deprecated Use RpbSearchQueryResp.$Properties instead.
 */
export interface IRpbSearchQueryResp extends RpbSearchQueryResp.$Properties {
}

/** Represents a RpbSearchQueryResp. */
export class RpbSearchQueryResp {

    /**
     * Constructs a new RpbSearchQueryResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbSearchQueryResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbSearchQueryResp docs. */
    docs: RpbSearchDoc.$Properties[];

    /** RpbSearchQueryResp maxScore. */
    maxScore: number;

    /** RpbSearchQueryResp numFound. */
    numFound: number;

    /**
     * Creates a new RpbSearchQueryResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbSearchQueryResp instance
     */
    static create(properties: RpbSearchQueryResp.$Shape): RpbSearchQueryResp & RpbSearchQueryResp.$Shape;
    static create(properties?: RpbSearchQueryResp.$Properties): RpbSearchQueryResp;

    /**
     * Encodes the specified RpbSearchQueryResp message. Does not implicitly {@link RpbSearchQueryResp.verify|verify} messages.
     * @param message RpbSearchQueryResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbSearchQueryResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbSearchQueryResp message, length delimited. Does not implicitly {@link RpbSearchQueryResp.verify|verify} messages.
     * @param message RpbSearchQueryResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbSearchQueryResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbSearchQueryResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbSearchQueryResp & RpbSearchQueryResp.$Shape} RpbSearchQueryResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbSearchQueryResp & RpbSearchQueryResp.$Shape;

    /**
     * Decodes a RpbSearchQueryResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbSearchQueryResp & RpbSearchQueryResp.$Shape} RpbSearchQueryResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbSearchQueryResp & RpbSearchQueryResp.$Shape;

    /**
     * Verifies a RpbSearchQueryResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbSearchQueryResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbSearchQueryResp
     */
    static fromObject(object: { [k: string]: any }): RpbSearchQueryResp;

    /**
     * Creates a plain object from a RpbSearchQueryResp message. Also converts values to other types if specified.
     * @param message RpbSearchQueryResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbSearchQueryResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbSearchQueryResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbSearchQueryResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbSearchQueryResp {

    /** Properties of a RpbSearchQueryResp. */
    interface $Properties {

        /** RpbSearchQueryResp docs */
        docs?: (RpbSearchDoc.$Properties[]|null);

        /** RpbSearchQueryResp maxScore */
        maxScore?: (number|null);

        /** RpbSearchQueryResp numFound */
        numFound?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbSearchQueryResp. */
    type $Shape = RpbSearchQueryResp.$Properties;
}

/** TsColumnType enum. */
export enum TsColumnType {

    /** VARCHAR value */
    VARCHAR = 0,

    /** SINT64 value */
    SINT64 = 1,

    /** DOUBLE value */
    DOUBLE = 2,

    /** TIMESTAMP value */
    TIMESTAMP = 3,

    /** BOOLEAN value */
    BOOLEAN = 4
}

/**
 * Properties of a TsColumnDescription.
 * @deprecated Use TsColumnDescription.$Properties instead.
 */
export interface ITsColumnDescription extends TsColumnDescription.$Properties {
}

/** Represents a TsColumnDescription. */
export class TsColumnDescription {

    /**
     * Constructs a new TsColumnDescription.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsColumnDescription.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** TsColumnDescription name. */
    name: Uint8Array;

    /** TsColumnDescription type. */
    type: TsColumnType;

    /**
     * Creates a new TsColumnDescription instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsColumnDescription instance
     */
    static create(properties: TsColumnDescription.$Shape): TsColumnDescription & TsColumnDescription.$Shape;
    static create(properties?: TsColumnDescription.$Properties): TsColumnDescription;

    /**
     * Encodes the specified TsColumnDescription message. Does not implicitly {@link TsColumnDescription.verify|verify} messages.
     * @param message TsColumnDescription message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsColumnDescription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsColumnDescription message, length delimited. Does not implicitly {@link TsColumnDescription.verify|verify} messages.
     * @param message TsColumnDescription message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsColumnDescription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsColumnDescription message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsColumnDescription & TsColumnDescription.$Shape} TsColumnDescription
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsColumnDescription & TsColumnDescription.$Shape;

    /**
     * Decodes a TsColumnDescription message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsColumnDescription & TsColumnDescription.$Shape} TsColumnDescription
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsColumnDescription & TsColumnDescription.$Shape;

    /**
     * Verifies a TsColumnDescription message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsColumnDescription message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsColumnDescription
     */
    static fromObject(object: { [k: string]: any }): TsColumnDescription;

    /**
     * Creates a plain object from a TsColumnDescription message. Also converts values to other types if specified.
     * @param message TsColumnDescription
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsColumnDescription, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsColumnDescription to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsColumnDescription
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsColumnDescription {

    /** Properties of a TsColumnDescription. */
    interface $Properties {

        /** TsColumnDescription name */
        name: Uint8Array;

        /** TsColumnDescription type */
        type?: (TsColumnType|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsColumnDescription. */
    type $Shape = TsColumnDescription.$Properties;
}

/**
 * Properties of a TsCell.
 * @deprecated Use TsCell.$Properties instead.
 */
export interface ITsCell extends TsCell.$Properties {
}

/** Represents a TsCell. */
export class TsCell {

    /**
     * Constructs a new TsCell.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsCell.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** TsCell varcharValue. */
    varcharValue: Uint8Array;

    /** TsCell sint64Value. */
    sint64Value: number;

    /** TsCell timestampValue. */
    timestampValue: number;

    /** TsCell booleanValue. */
    booleanValue: boolean;

    /** TsCell doubleValue. */
    doubleValue: number;

    /**
     * Creates a new TsCell instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsCell instance
     */
    static create(properties: TsCell.$Shape): TsCell & TsCell.$Shape;
    static create(properties?: TsCell.$Properties): TsCell;

    /**
     * Encodes the specified TsCell message. Does not implicitly {@link TsCell.verify|verify} messages.
     * @param message TsCell message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsCell.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsCell message, length delimited. Does not implicitly {@link TsCell.verify|verify} messages.
     * @param message TsCell message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsCell.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsCell message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsCell & TsCell.$Shape} TsCell
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsCell & TsCell.$Shape;

    /**
     * Decodes a TsCell message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsCell & TsCell.$Shape} TsCell
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsCell & TsCell.$Shape;

    /**
     * Verifies a TsCell message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsCell message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsCell
     */
    static fromObject(object: { [k: string]: any }): TsCell;

    /**
     * Creates a plain object from a TsCell message. Also converts values to other types if specified.
     * @param message TsCell
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsCell, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsCell to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsCell
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsCell {

    /** Properties of a TsCell. */
    interface $Properties {

        /** TsCell varcharValue */
        varcharValue?: (Uint8Array|null);

        /** TsCell sint64Value */
        sint64Value?: (number|null);

        /** TsCell timestampValue */
        timestampValue?: (number|null);

        /** TsCell booleanValue */
        booleanValue?: (boolean|null);

        /** TsCell doubleValue */
        doubleValue?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsCell. */
    type $Shape = TsCell.$Properties;
}

/**
 * Properties of a TsRow.
 * @deprecated Use TsRow.$Properties instead.
 */
export interface ITsRow extends TsRow.$Properties {
}

/** Represents a TsRow. */
export class TsRow {

    /**
     * Constructs a new TsRow.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsRow.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** TsRow cells. */
    cells: TsCell.$Properties[];

    /**
     * Creates a new TsRow instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsRow instance
     */
    static create(properties: TsRow.$Shape): TsRow & TsRow.$Shape;
    static create(properties?: TsRow.$Properties): TsRow;

    /**
     * Encodes the specified TsRow message. Does not implicitly {@link TsRow.verify|verify} messages.
     * @param message TsRow message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsRow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsRow message, length delimited. Does not implicitly {@link TsRow.verify|verify} messages.
     * @param message TsRow message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsRow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsRow message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsRow & TsRow.$Shape} TsRow
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsRow & TsRow.$Shape;

    /**
     * Decodes a TsRow message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsRow & TsRow.$Shape} TsRow
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsRow & TsRow.$Shape;

    /**
     * Verifies a TsRow message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsRow message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsRow
     */
    static fromObject(object: { [k: string]: any }): TsRow;

    /**
     * Creates a plain object from a TsRow message. Also converts values to other types if specified.
     * @param message TsRow
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsRow, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsRow to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsRow
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsRow {

    /** Properties of a TsRow. */
    interface $Properties {

        /** TsRow cells */
        cells?: (TsCell.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsRow. */
    type $Shape = TsRow.$Properties;
}

/**
 * Properties of a TsInterpolation.
 * @deprecated Use TsInterpolation.$Properties instead.
 */
export interface ITsInterpolation extends TsInterpolation.$Properties {
}

/** Represents a TsInterpolation. */
export class TsInterpolation {

    /**
     * Constructs a new TsInterpolation.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsInterpolation.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** TsInterpolation base. */
    base: Uint8Array;

    /** TsInterpolation interpolations. */
    interpolations: RpbPair.$Properties[];

    /**
     * Creates a new TsInterpolation instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsInterpolation instance
     */
    static create(properties: TsInterpolation.$Shape): TsInterpolation & TsInterpolation.$Shape;
    static create(properties?: TsInterpolation.$Properties): TsInterpolation;

    /**
     * Encodes the specified TsInterpolation message. Does not implicitly {@link TsInterpolation.verify|verify} messages.
     * @param message TsInterpolation message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsInterpolation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsInterpolation message, length delimited. Does not implicitly {@link TsInterpolation.verify|verify} messages.
     * @param message TsInterpolation message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsInterpolation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsInterpolation message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsInterpolation & TsInterpolation.$Shape} TsInterpolation
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsInterpolation & TsInterpolation.$Shape;

    /**
     * Decodes a TsInterpolation message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsInterpolation & TsInterpolation.$Shape} TsInterpolation
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsInterpolation & TsInterpolation.$Shape;

    /**
     * Verifies a TsInterpolation message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsInterpolation message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsInterpolation
     */
    static fromObject(object: { [k: string]: any }): TsInterpolation;

    /**
     * Creates a plain object from a TsInterpolation message. Also converts values to other types if specified.
     * @param message TsInterpolation
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsInterpolation, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsInterpolation to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsInterpolation
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsInterpolation {

    /** Properties of a TsInterpolation. */
    interface $Properties {

        /** TsInterpolation base */
        base: Uint8Array;

        /** TsInterpolation interpolations */
        interpolations?: (RpbPair.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsInterpolation. */
    type $Shape = TsInterpolation.$Properties;
}

/**
 * Properties of a TsQueryReq.
 * @deprecated Use TsQueryReq.$Properties instead.
 */
export interface ITsQueryReq extends TsQueryReq.$Properties {
}

/** Represents a TsQueryReq. */
export class TsQueryReq {

    /**
     * Constructs a new TsQueryReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsQueryReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** TsQueryReq query. */
    query?: (TsInterpolation.$Properties|null);

    /** TsQueryReq stream. */
    stream: boolean;

    /** TsQueryReq coverContext. */
    coverContext: Uint8Array;

    /**
     * Creates a new TsQueryReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsQueryReq instance
     */
    static create(properties: TsQueryReq.$Shape): TsQueryReq & TsQueryReq.$Shape;
    static create(properties?: TsQueryReq.$Properties): TsQueryReq;

    /**
     * Encodes the specified TsQueryReq message. Does not implicitly {@link TsQueryReq.verify|verify} messages.
     * @param message TsQueryReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsQueryReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsQueryReq message, length delimited. Does not implicitly {@link TsQueryReq.verify|verify} messages.
     * @param message TsQueryReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsQueryReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsQueryReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsQueryReq & TsQueryReq.$Shape} TsQueryReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsQueryReq & TsQueryReq.$Shape;

    /**
     * Decodes a TsQueryReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsQueryReq & TsQueryReq.$Shape} TsQueryReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsQueryReq & TsQueryReq.$Shape;

    /**
     * Verifies a TsQueryReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsQueryReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsQueryReq
     */
    static fromObject(object: { [k: string]: any }): TsQueryReq;

    /**
     * Creates a plain object from a TsQueryReq message. Also converts values to other types if specified.
     * @param message TsQueryReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsQueryReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsQueryReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsQueryReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsQueryReq {

    /** Properties of a TsQueryReq. */
    interface $Properties {

        /** TsQueryReq query */
        query?: (TsInterpolation.$Properties|null);

        /** TsQueryReq stream */
        stream?: (boolean|null);

        /** TsQueryReq coverContext */
        coverContext?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsQueryReq. */
    type $Shape = TsQueryReq.$Properties;
}

/**
 * Properties of a TsQueryResp.
 * @deprecated Use TsQueryResp.$Properties instead.
 */
export interface ITsQueryResp extends TsQueryResp.$Properties {
}

/** Represents a TsQueryResp. */
export class TsQueryResp {

    /**
     * Constructs a new TsQueryResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsQueryResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** TsQueryResp columns. */
    columns: TsColumnDescription.$Properties[];

    /** TsQueryResp rows. */
    rows: TsRow.$Properties[];

    /** TsQueryResp done. */
    done: boolean;

    /**
     * Creates a new TsQueryResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsQueryResp instance
     */
    static create(properties: TsQueryResp.$Shape): TsQueryResp & TsQueryResp.$Shape;
    static create(properties?: TsQueryResp.$Properties): TsQueryResp;

    /**
     * Encodes the specified TsQueryResp message. Does not implicitly {@link TsQueryResp.verify|verify} messages.
     * @param message TsQueryResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsQueryResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsQueryResp message, length delimited. Does not implicitly {@link TsQueryResp.verify|verify} messages.
     * @param message TsQueryResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsQueryResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsQueryResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsQueryResp & TsQueryResp.$Shape} TsQueryResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsQueryResp & TsQueryResp.$Shape;

    /**
     * Decodes a TsQueryResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsQueryResp & TsQueryResp.$Shape} TsQueryResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsQueryResp & TsQueryResp.$Shape;

    /**
     * Verifies a TsQueryResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsQueryResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsQueryResp
     */
    static fromObject(object: { [k: string]: any }): TsQueryResp;

    /**
     * Creates a plain object from a TsQueryResp message. Also converts values to other types if specified.
     * @param message TsQueryResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsQueryResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsQueryResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsQueryResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsQueryResp {

    /** Properties of a TsQueryResp. */
    interface $Properties {

        /** TsQueryResp columns */
        columns?: (TsColumnDescription.$Properties[]|null);

        /** TsQueryResp rows */
        rows?: (TsRow.$Properties[]|null);

        /** TsQueryResp done */
        done?: (boolean|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsQueryResp. */
    type $Shape = TsQueryResp.$Properties;
}

/**
 * Properties of a TsGetReq.
 * @deprecated Use TsGetReq.$Properties instead.
 */
export interface ITsGetReq extends TsGetReq.$Properties {
}

/** Represents a TsGetReq. */
export class TsGetReq {

    /**
     * Constructs a new TsGetReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsGetReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** TsGetReq table. */
    table: Uint8Array;

    /** TsGetReq key. */
    key: TsCell.$Properties[];

    /** TsGetReq timeout. */
    timeout: number;

    /**
     * Creates a new TsGetReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsGetReq instance
     */
    static create(properties: TsGetReq.$Shape): TsGetReq & TsGetReq.$Shape;
    static create(properties?: TsGetReq.$Properties): TsGetReq;

    /**
     * Encodes the specified TsGetReq message. Does not implicitly {@link TsGetReq.verify|verify} messages.
     * @param message TsGetReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsGetReq message, length delimited. Does not implicitly {@link TsGetReq.verify|verify} messages.
     * @param message TsGetReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsGetReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsGetReq & TsGetReq.$Shape} TsGetReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsGetReq & TsGetReq.$Shape;

    /**
     * Decodes a TsGetReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsGetReq & TsGetReq.$Shape} TsGetReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsGetReq & TsGetReq.$Shape;

    /**
     * Verifies a TsGetReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsGetReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsGetReq
     */
    static fromObject(object: { [k: string]: any }): TsGetReq;

    /**
     * Creates a plain object from a TsGetReq message. Also converts values to other types if specified.
     * @param message TsGetReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsGetReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsGetReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsGetReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsGetReq {

    /** Properties of a TsGetReq. */
    interface $Properties {

        /** TsGetReq table */
        table: Uint8Array;

        /** TsGetReq key */
        key?: (TsCell.$Properties[]|null);

        /** TsGetReq timeout */
        timeout?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsGetReq. */
    type $Shape = TsGetReq.$Properties;
}

/**
 * Properties of a TsGetResp.
 * @deprecated Use TsGetResp.$Properties instead.
 */
export interface ITsGetResp extends TsGetResp.$Properties {
}

/** Represents a TsGetResp. */
export class TsGetResp {

    /**
     * Constructs a new TsGetResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsGetResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** TsGetResp columns. */
    columns: TsColumnDescription.$Properties[];

    /** TsGetResp rows. */
    rows: TsRow.$Properties[];

    /**
     * Creates a new TsGetResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsGetResp instance
     */
    static create(properties: TsGetResp.$Shape): TsGetResp & TsGetResp.$Shape;
    static create(properties?: TsGetResp.$Properties): TsGetResp;

    /**
     * Encodes the specified TsGetResp message. Does not implicitly {@link TsGetResp.verify|verify} messages.
     * @param message TsGetResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsGetResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsGetResp message, length delimited. Does not implicitly {@link TsGetResp.verify|verify} messages.
     * @param message TsGetResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsGetResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsGetResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsGetResp & TsGetResp.$Shape} TsGetResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsGetResp & TsGetResp.$Shape;

    /**
     * Decodes a TsGetResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsGetResp & TsGetResp.$Shape} TsGetResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsGetResp & TsGetResp.$Shape;

    /**
     * Verifies a TsGetResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsGetResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsGetResp
     */
    static fromObject(object: { [k: string]: any }): TsGetResp;

    /**
     * Creates a plain object from a TsGetResp message. Also converts values to other types if specified.
     * @param message TsGetResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsGetResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsGetResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsGetResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsGetResp {

    /** Properties of a TsGetResp. */
    interface $Properties {

        /** TsGetResp columns */
        columns?: (TsColumnDescription.$Properties[]|null);

        /** TsGetResp rows */
        rows?: (TsRow.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsGetResp. */
    type $Shape = TsGetResp.$Properties;
}

/**
 * Properties of a TsPutReq.
 * @deprecated Use TsPutReq.$Properties instead.
 */
export interface ITsPutReq extends TsPutReq.$Properties {
}

/** Represents a TsPutReq. */
export class TsPutReq {

    /**
     * Constructs a new TsPutReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsPutReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** TsPutReq table. */
    table: Uint8Array;

    /** TsPutReq columns. */
    columns: TsColumnDescription.$Properties[];

    /** TsPutReq rows. */
    rows: TsRow.$Properties[];

    /**
     * Creates a new TsPutReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsPutReq instance
     */
    static create(properties: TsPutReq.$Shape): TsPutReq & TsPutReq.$Shape;
    static create(properties?: TsPutReq.$Properties): TsPutReq;

    /**
     * Encodes the specified TsPutReq message. Does not implicitly {@link TsPutReq.verify|verify} messages.
     * @param message TsPutReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsPutReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsPutReq message, length delimited. Does not implicitly {@link TsPutReq.verify|verify} messages.
     * @param message TsPutReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsPutReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsPutReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsPutReq & TsPutReq.$Shape} TsPutReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsPutReq & TsPutReq.$Shape;

    /**
     * Decodes a TsPutReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsPutReq & TsPutReq.$Shape} TsPutReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsPutReq & TsPutReq.$Shape;

    /**
     * Verifies a TsPutReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsPutReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsPutReq
     */
    static fromObject(object: { [k: string]: any }): TsPutReq;

    /**
     * Creates a plain object from a TsPutReq message. Also converts values to other types if specified.
     * @param message TsPutReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsPutReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsPutReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsPutReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsPutReq {

    /** Properties of a TsPutReq. */
    interface $Properties {

        /** TsPutReq table */
        table: Uint8Array;

        /** TsPutReq columns */
        columns?: (TsColumnDescription.$Properties[]|null);

        /** TsPutReq rows */
        rows?: (TsRow.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsPutReq. */
    type $Shape = TsPutReq.$Properties;
}

/**
 * Properties of a TsPutResp.
 * @deprecated Use TsPutResp.$Properties instead.
 */
export interface ITsPutResp extends TsPutResp.$Properties {
}

/** Represents a TsPutResp. */
export class TsPutResp {

    /**
     * Constructs a new TsPutResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsPutResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /**
     * Creates a new TsPutResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsPutResp instance
     */
    static create(properties: TsPutResp.$Shape): TsPutResp & TsPutResp.$Shape;
    static create(properties?: TsPutResp.$Properties): TsPutResp;

    /**
     * Encodes the specified TsPutResp message. Does not implicitly {@link TsPutResp.verify|verify} messages.
     * @param message TsPutResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsPutResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsPutResp message, length delimited. Does not implicitly {@link TsPutResp.verify|verify} messages.
     * @param message TsPutResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsPutResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsPutResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsPutResp & TsPutResp.$Shape} TsPutResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsPutResp & TsPutResp.$Shape;

    /**
     * Decodes a TsPutResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsPutResp & TsPutResp.$Shape} TsPutResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsPutResp & TsPutResp.$Shape;

    /**
     * Verifies a TsPutResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsPutResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsPutResp
     */
    static fromObject(object: { [k: string]: any }): TsPutResp;

    /**
     * Creates a plain object from a TsPutResp message. Also converts values to other types if specified.
     * @param message TsPutResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsPutResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsPutResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsPutResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsPutResp {

    /** Properties of a TsPutResp. */
    interface $Properties {

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsPutResp. */
    type $Shape = TsPutResp.$Properties;
}

/**
 * Properties of a TsDelReq.
 * @deprecated Use TsDelReq.$Properties instead.
 */
export interface ITsDelReq extends TsDelReq.$Properties {
}

/** Represents a TsDelReq. */
export class TsDelReq {

    /**
     * Constructs a new TsDelReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsDelReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** TsDelReq table. */
    table: Uint8Array;

    /** TsDelReq key. */
    key: TsCell.$Properties[];

    /** TsDelReq vclock. */
    vclock: Uint8Array;

    /** TsDelReq timeout. */
    timeout: number;

    /**
     * Creates a new TsDelReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsDelReq instance
     */
    static create(properties: TsDelReq.$Shape): TsDelReq & TsDelReq.$Shape;
    static create(properties?: TsDelReq.$Properties): TsDelReq;

    /**
     * Encodes the specified TsDelReq message. Does not implicitly {@link TsDelReq.verify|verify} messages.
     * @param message TsDelReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsDelReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsDelReq message, length delimited. Does not implicitly {@link TsDelReq.verify|verify} messages.
     * @param message TsDelReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsDelReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsDelReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsDelReq & TsDelReq.$Shape} TsDelReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsDelReq & TsDelReq.$Shape;

    /**
     * Decodes a TsDelReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsDelReq & TsDelReq.$Shape} TsDelReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsDelReq & TsDelReq.$Shape;

    /**
     * Verifies a TsDelReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsDelReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsDelReq
     */
    static fromObject(object: { [k: string]: any }): TsDelReq;

    /**
     * Creates a plain object from a TsDelReq message. Also converts values to other types if specified.
     * @param message TsDelReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsDelReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsDelReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsDelReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsDelReq {

    /** Properties of a TsDelReq. */
    interface $Properties {

        /** TsDelReq table */
        table: Uint8Array;

        /** TsDelReq key */
        key?: (TsCell.$Properties[]|null);

        /** TsDelReq vclock */
        vclock?: (Uint8Array|null);

        /** TsDelReq timeout */
        timeout?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsDelReq. */
    type $Shape = TsDelReq.$Properties;
}

/**
 * Properties of a TsDelResp.
 * @deprecated Use TsDelResp.$Properties instead.
 */
export interface ITsDelResp extends TsDelResp.$Properties {
}

/** Represents a TsDelResp. */
export class TsDelResp {

    /**
     * Constructs a new TsDelResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsDelResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /**
     * Creates a new TsDelResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsDelResp instance
     */
    static create(properties: TsDelResp.$Shape): TsDelResp & TsDelResp.$Shape;
    static create(properties?: TsDelResp.$Properties): TsDelResp;

    /**
     * Encodes the specified TsDelResp message. Does not implicitly {@link TsDelResp.verify|verify} messages.
     * @param message TsDelResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsDelResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsDelResp message, length delimited. Does not implicitly {@link TsDelResp.verify|verify} messages.
     * @param message TsDelResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsDelResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsDelResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsDelResp & TsDelResp.$Shape} TsDelResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsDelResp & TsDelResp.$Shape;

    /**
     * Decodes a TsDelResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsDelResp & TsDelResp.$Shape} TsDelResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsDelResp & TsDelResp.$Shape;

    /**
     * Verifies a TsDelResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsDelResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsDelResp
     */
    static fromObject(object: { [k: string]: any }): TsDelResp;

    /**
     * Creates a plain object from a TsDelResp message. Also converts values to other types if specified.
     * @param message TsDelResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsDelResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsDelResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsDelResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsDelResp {

    /** Properties of a TsDelResp. */
    interface $Properties {

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsDelResp. */
    type $Shape = TsDelResp.$Properties;
}

/**
 * Properties of a TsListKeysReq.
 * @deprecated Use TsListKeysReq.$Properties instead.
 */
export interface ITsListKeysReq extends TsListKeysReq.$Properties {
}

/** Represents a TsListKeysReq. */
export class TsListKeysReq {

    /**
     * Constructs a new TsListKeysReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsListKeysReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** TsListKeysReq table. */
    table: Uint8Array;

    /** TsListKeysReq timeout. */
    timeout: number;

    /**
     * Creates a new TsListKeysReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsListKeysReq instance
     */
    static create(properties: TsListKeysReq.$Shape): TsListKeysReq & TsListKeysReq.$Shape;
    static create(properties?: TsListKeysReq.$Properties): TsListKeysReq;

    /**
     * Encodes the specified TsListKeysReq message. Does not implicitly {@link TsListKeysReq.verify|verify} messages.
     * @param message TsListKeysReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsListKeysReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsListKeysReq message, length delimited. Does not implicitly {@link TsListKeysReq.verify|verify} messages.
     * @param message TsListKeysReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsListKeysReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsListKeysReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsListKeysReq & TsListKeysReq.$Shape} TsListKeysReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsListKeysReq & TsListKeysReq.$Shape;

    /**
     * Decodes a TsListKeysReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsListKeysReq & TsListKeysReq.$Shape} TsListKeysReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsListKeysReq & TsListKeysReq.$Shape;

    /**
     * Verifies a TsListKeysReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsListKeysReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsListKeysReq
     */
    static fromObject(object: { [k: string]: any }): TsListKeysReq;

    /**
     * Creates a plain object from a TsListKeysReq message. Also converts values to other types if specified.
     * @param message TsListKeysReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsListKeysReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsListKeysReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsListKeysReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsListKeysReq {

    /** Properties of a TsListKeysReq. */
    interface $Properties {

        /** TsListKeysReq table */
        table: Uint8Array;

        /** TsListKeysReq timeout */
        timeout?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsListKeysReq. */
    type $Shape = TsListKeysReq.$Properties;
}

/**
 * Properties of a TsListKeysResp.
 * @deprecated Use TsListKeysResp.$Properties instead.
 */
export interface ITsListKeysResp extends TsListKeysResp.$Properties {
}

/** Represents a TsListKeysResp. */
export class TsListKeysResp {

    /**
     * Constructs a new TsListKeysResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsListKeysResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** TsListKeysResp keys. */
    keys: TsRow.$Properties[];

    /** TsListKeysResp done. */
    done: boolean;

    /**
     * Creates a new TsListKeysResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsListKeysResp instance
     */
    static create(properties: TsListKeysResp.$Shape): TsListKeysResp & TsListKeysResp.$Shape;
    static create(properties?: TsListKeysResp.$Properties): TsListKeysResp;

    /**
     * Encodes the specified TsListKeysResp message. Does not implicitly {@link TsListKeysResp.verify|verify} messages.
     * @param message TsListKeysResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsListKeysResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsListKeysResp message, length delimited. Does not implicitly {@link TsListKeysResp.verify|verify} messages.
     * @param message TsListKeysResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsListKeysResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsListKeysResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsListKeysResp & TsListKeysResp.$Shape} TsListKeysResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsListKeysResp & TsListKeysResp.$Shape;

    /**
     * Decodes a TsListKeysResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsListKeysResp & TsListKeysResp.$Shape} TsListKeysResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsListKeysResp & TsListKeysResp.$Shape;

    /**
     * Verifies a TsListKeysResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsListKeysResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsListKeysResp
     */
    static fromObject(object: { [k: string]: any }): TsListKeysResp;

    /**
     * Creates a plain object from a TsListKeysResp message. Also converts values to other types if specified.
     * @param message TsListKeysResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsListKeysResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsListKeysResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsListKeysResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsListKeysResp {

    /** Properties of a TsListKeysResp. */
    interface $Properties {

        /** TsListKeysResp keys */
        keys?: (TsRow.$Properties[]|null);

        /** TsListKeysResp done */
        done?: (boolean|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsListKeysResp. */
    type $Shape = TsListKeysResp.$Properties;
}

/**
 * Properties of a TsCoverageReq.
 * @deprecated Use TsCoverageReq.$Properties instead.
 */
export interface ITsCoverageReq extends TsCoverageReq.$Properties {
}

/** Represents a TsCoverageReq. */
export class TsCoverageReq {

    /**
     * Constructs a new TsCoverageReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsCoverageReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** TsCoverageReq query. */
    query?: (TsInterpolation.$Properties|null);

    /** TsCoverageReq table. */
    table: Uint8Array;

    /** TsCoverageReq replaceCover. */
    replaceCover: Uint8Array;

    /** TsCoverageReq unavailableCover. */
    unavailableCover: Uint8Array[];

    /**
     * Creates a new TsCoverageReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsCoverageReq instance
     */
    static create(properties: TsCoverageReq.$Shape): TsCoverageReq & TsCoverageReq.$Shape;
    static create(properties?: TsCoverageReq.$Properties): TsCoverageReq;

    /**
     * Encodes the specified TsCoverageReq message. Does not implicitly {@link TsCoverageReq.verify|verify} messages.
     * @param message TsCoverageReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsCoverageReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsCoverageReq message, length delimited. Does not implicitly {@link TsCoverageReq.verify|verify} messages.
     * @param message TsCoverageReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsCoverageReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsCoverageReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsCoverageReq & TsCoverageReq.$Shape} TsCoverageReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsCoverageReq & TsCoverageReq.$Shape;

    /**
     * Decodes a TsCoverageReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsCoverageReq & TsCoverageReq.$Shape} TsCoverageReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsCoverageReq & TsCoverageReq.$Shape;

    /**
     * Verifies a TsCoverageReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsCoverageReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsCoverageReq
     */
    static fromObject(object: { [k: string]: any }): TsCoverageReq;

    /**
     * Creates a plain object from a TsCoverageReq message. Also converts values to other types if specified.
     * @param message TsCoverageReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsCoverageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsCoverageReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsCoverageReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsCoverageReq {

    /** Properties of a TsCoverageReq. */
    interface $Properties {

        /** TsCoverageReq query */
        query?: (TsInterpolation.$Properties|null);

        /** TsCoverageReq table */
        table: Uint8Array;

        /** TsCoverageReq replaceCover */
        replaceCover?: (Uint8Array|null);

        /** TsCoverageReq unavailableCover */
        unavailableCover?: (Uint8Array[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsCoverageReq. */
    type $Shape = TsCoverageReq.$Properties;
}

/**
 * Properties of a TsCoverageResp.
 * @deprecated Use TsCoverageResp.$Properties instead.
 */
export interface ITsCoverageResp extends TsCoverageResp.$Properties {
}

/** Represents a TsCoverageResp. */
export class TsCoverageResp {

    /**
     * Constructs a new TsCoverageResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsCoverageResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** TsCoverageResp entries. */
    entries: TsCoverageEntry.$Properties[];

    /**
     * Creates a new TsCoverageResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsCoverageResp instance
     */
    static create(properties: TsCoverageResp.$Shape): TsCoverageResp & TsCoverageResp.$Shape;
    static create(properties?: TsCoverageResp.$Properties): TsCoverageResp;

    /**
     * Encodes the specified TsCoverageResp message. Does not implicitly {@link TsCoverageResp.verify|verify} messages.
     * @param message TsCoverageResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsCoverageResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsCoverageResp message, length delimited. Does not implicitly {@link TsCoverageResp.verify|verify} messages.
     * @param message TsCoverageResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsCoverageResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsCoverageResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsCoverageResp & TsCoverageResp.$Shape} TsCoverageResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsCoverageResp & TsCoverageResp.$Shape;

    /**
     * Decodes a TsCoverageResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsCoverageResp & TsCoverageResp.$Shape} TsCoverageResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsCoverageResp & TsCoverageResp.$Shape;

    /**
     * Verifies a TsCoverageResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsCoverageResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsCoverageResp
     */
    static fromObject(object: { [k: string]: any }): TsCoverageResp;

    /**
     * Creates a plain object from a TsCoverageResp message. Also converts values to other types if specified.
     * @param message TsCoverageResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsCoverageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsCoverageResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsCoverageResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsCoverageResp {

    /** Properties of a TsCoverageResp. */
    interface $Properties {

        /** TsCoverageResp entries */
        entries?: (TsCoverageEntry.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsCoverageResp. */
    type $Shape = TsCoverageResp.$Properties;
}

/**
 * Properties of a TsCoverageEntry.
 * @deprecated Use TsCoverageEntry.$Properties instead.
 */
export interface ITsCoverageEntry extends TsCoverageEntry.$Properties {
}

/** Represents a TsCoverageEntry. */
export class TsCoverageEntry {

    /**
     * Constructs a new TsCoverageEntry.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsCoverageEntry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** TsCoverageEntry ip. */
    ip: Uint8Array;

    /** TsCoverageEntry port. */
    port: number;

    /** TsCoverageEntry coverContext. */
    coverContext: Uint8Array;

    /** TsCoverageEntry range. */
    range?: (TsRange.$Properties|null);

    /**
     * Creates a new TsCoverageEntry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsCoverageEntry instance
     */
    static create(properties: TsCoverageEntry.$Shape): TsCoverageEntry & TsCoverageEntry.$Shape;
    static create(properties?: TsCoverageEntry.$Properties): TsCoverageEntry;

    /**
     * Encodes the specified TsCoverageEntry message. Does not implicitly {@link TsCoverageEntry.verify|verify} messages.
     * @param message TsCoverageEntry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsCoverageEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsCoverageEntry message, length delimited. Does not implicitly {@link TsCoverageEntry.verify|verify} messages.
     * @param message TsCoverageEntry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsCoverageEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsCoverageEntry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsCoverageEntry & TsCoverageEntry.$Shape} TsCoverageEntry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsCoverageEntry & TsCoverageEntry.$Shape;

    /**
     * Decodes a TsCoverageEntry message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsCoverageEntry & TsCoverageEntry.$Shape} TsCoverageEntry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsCoverageEntry & TsCoverageEntry.$Shape;

    /**
     * Verifies a TsCoverageEntry message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsCoverageEntry message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsCoverageEntry
     */
    static fromObject(object: { [k: string]: any }): TsCoverageEntry;

    /**
     * Creates a plain object from a TsCoverageEntry message. Also converts values to other types if specified.
     * @param message TsCoverageEntry
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsCoverageEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsCoverageEntry to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsCoverageEntry
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsCoverageEntry {

    /** Properties of a TsCoverageEntry. */
    interface $Properties {

        /** TsCoverageEntry ip */
        ip: Uint8Array;

        /** TsCoverageEntry port */
        port: number;

        /** TsCoverageEntry coverContext */
        coverContext: Uint8Array;

        /** TsCoverageEntry range */
        range?: (TsRange.$Properties|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsCoverageEntry. */
    type $Shape = TsCoverageEntry.$Properties;
}

/**
 * Properties of a TsRange.
 * @deprecated Use TsRange.$Properties instead.
 */
export interface ITsRange extends TsRange.$Properties {
}

/** Represents a TsRange. */
export class TsRange {

    /**
     * Constructs a new TsRange.
     * @param [properties] Properties to set
     */
    constructor(properties?: TsRange.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** TsRange fieldName. */
    fieldName: Uint8Array;

    /** TsRange lowerBound. */
    lowerBound: number;

    /** TsRange lowerBoundInclusive. */
    lowerBoundInclusive: boolean;

    /** TsRange upperBound. */
    upperBound: number;

    /** TsRange upperBoundInclusive. */
    upperBoundInclusive: boolean;

    /** TsRange desc. */
    desc: Uint8Array;

    /**
     * Creates a new TsRange instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TsRange instance
     */
    static create(properties: TsRange.$Shape): TsRange & TsRange.$Shape;
    static create(properties?: TsRange.$Properties): TsRange;

    /**
     * Encodes the specified TsRange message. Does not implicitly {@link TsRange.verify|verify} messages.
     * @param message TsRange message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: TsRange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified TsRange message, length delimited. Does not implicitly {@link TsRange.verify|verify} messages.
     * @param message TsRange message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: TsRange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TsRange message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {TsRange & TsRange.$Shape} TsRange
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): TsRange & TsRange.$Shape;

    /**
     * Decodes a TsRange message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {TsRange & TsRange.$Shape} TsRange
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): TsRange & TsRange.$Shape;

    /**
     * Verifies a TsRange message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a TsRange message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TsRange
     */
    static fromObject(object: { [k: string]: any }): TsRange;

    /**
     * Creates a plain object from a TsRange message. Also converts values to other types if specified.
     * @param message TsRange
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: TsRange, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TsRange to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for TsRange
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace TsRange {

    /** Properties of a TsRange. */
    interface $Properties {

        /** TsRange fieldName */
        fieldName: Uint8Array;

        /** TsRange lowerBound */
        lowerBound: number;

        /** TsRange lowerBoundInclusive */
        lowerBoundInclusive: boolean;

        /** TsRange upperBound */
        upperBound: number;

        /** TsRange upperBoundInclusive */
        upperBoundInclusive: boolean;

        /** TsRange desc */
        desc: Uint8Array;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a TsRange. */
    type $Shape = TsRange.$Properties;
}

/**
 * Properties of a RpbYokozunaIndex.
 * @deprecated Use RpbYokozunaIndex.$Properties instead.
 */
export interface IRpbYokozunaIndex extends RpbYokozunaIndex.$Properties {
}

/** Represents a RpbYokozunaIndex. */
export class RpbYokozunaIndex {

    /**
     * Constructs a new RpbYokozunaIndex.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbYokozunaIndex.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbYokozunaIndex name. */
    name: Uint8Array;

    /** RpbYokozunaIndex schema. */
    schema: Uint8Array;

    /** RpbYokozunaIndex nVal. */
    nVal: number;

    /**
     * Creates a new RpbYokozunaIndex instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbYokozunaIndex instance
     */
    static create(properties: RpbYokozunaIndex.$Shape): RpbYokozunaIndex & RpbYokozunaIndex.$Shape;
    static create(properties?: RpbYokozunaIndex.$Properties): RpbYokozunaIndex;

    /**
     * Encodes the specified RpbYokozunaIndex message. Does not implicitly {@link RpbYokozunaIndex.verify|verify} messages.
     * @param message RpbYokozunaIndex message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbYokozunaIndex.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbYokozunaIndex message, length delimited. Does not implicitly {@link RpbYokozunaIndex.verify|verify} messages.
     * @param message RpbYokozunaIndex message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbYokozunaIndex.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbYokozunaIndex message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbYokozunaIndex & RpbYokozunaIndex.$Shape} RpbYokozunaIndex
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbYokozunaIndex & RpbYokozunaIndex.$Shape;

    /**
     * Decodes a RpbYokozunaIndex message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbYokozunaIndex & RpbYokozunaIndex.$Shape} RpbYokozunaIndex
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbYokozunaIndex & RpbYokozunaIndex.$Shape;

    /**
     * Verifies a RpbYokozunaIndex message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbYokozunaIndex message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbYokozunaIndex
     */
    static fromObject(object: { [k: string]: any }): RpbYokozunaIndex;

    /**
     * Creates a plain object from a RpbYokozunaIndex message. Also converts values to other types if specified.
     * @param message RpbYokozunaIndex
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbYokozunaIndex, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbYokozunaIndex to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbYokozunaIndex
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbYokozunaIndex {

    /** Properties of a RpbYokozunaIndex. */
    interface $Properties {

        /** RpbYokozunaIndex name */
        name: Uint8Array;

        /** RpbYokozunaIndex schema */
        schema?: (Uint8Array|null);

        /** RpbYokozunaIndex nVal */
        nVal?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbYokozunaIndex. */
    type $Shape = RpbYokozunaIndex.$Properties;
}

/**
 * Properties of a RpbYokozunaIndexGetReq.
 * @deprecated Use RpbYokozunaIndexGetReq.$Properties instead.
 */
export interface IRpbYokozunaIndexGetReq extends RpbYokozunaIndexGetReq.$Properties {
}

/** Represents a RpbYokozunaIndexGetReq. */
export class RpbYokozunaIndexGetReq {

    /**
     * Constructs a new RpbYokozunaIndexGetReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbYokozunaIndexGetReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbYokozunaIndexGetReq name. */
    name: Uint8Array;

    /**
     * Creates a new RpbYokozunaIndexGetReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbYokozunaIndexGetReq instance
     */
    static create(properties: RpbYokozunaIndexGetReq.$Shape): RpbYokozunaIndexGetReq & RpbYokozunaIndexGetReq.$Shape;
    static create(properties?: RpbYokozunaIndexGetReq.$Properties): RpbYokozunaIndexGetReq;

    /**
     * Encodes the specified RpbYokozunaIndexGetReq message. Does not implicitly {@link RpbYokozunaIndexGetReq.verify|verify} messages.
     * @param message RpbYokozunaIndexGetReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbYokozunaIndexGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbYokozunaIndexGetReq message, length delimited. Does not implicitly {@link RpbYokozunaIndexGetReq.verify|verify} messages.
     * @param message RpbYokozunaIndexGetReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbYokozunaIndexGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbYokozunaIndexGetReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbYokozunaIndexGetReq & RpbYokozunaIndexGetReq.$Shape} RpbYokozunaIndexGetReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbYokozunaIndexGetReq & RpbYokozunaIndexGetReq.$Shape;

    /**
     * Decodes a RpbYokozunaIndexGetReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbYokozunaIndexGetReq & RpbYokozunaIndexGetReq.$Shape} RpbYokozunaIndexGetReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbYokozunaIndexGetReq & RpbYokozunaIndexGetReq.$Shape;

    /**
     * Verifies a RpbYokozunaIndexGetReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbYokozunaIndexGetReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbYokozunaIndexGetReq
     */
    static fromObject(object: { [k: string]: any }): RpbYokozunaIndexGetReq;

    /**
     * Creates a plain object from a RpbYokozunaIndexGetReq message. Also converts values to other types if specified.
     * @param message RpbYokozunaIndexGetReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbYokozunaIndexGetReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbYokozunaIndexGetReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbYokozunaIndexGetReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbYokozunaIndexGetReq {

    /** Properties of a RpbYokozunaIndexGetReq. */
    interface $Properties {

        /** RpbYokozunaIndexGetReq name */
        name?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbYokozunaIndexGetReq. */
    type $Shape = RpbYokozunaIndexGetReq.$Properties;
}

/**
 * Properties of a RpbYokozunaIndexGetResp.
 * @deprecated Use RpbYokozunaIndexGetResp.$Properties instead.
 */
export interface IRpbYokozunaIndexGetResp extends RpbYokozunaIndexGetResp.$Properties {
}

/** Represents a RpbYokozunaIndexGetResp. */
export class RpbYokozunaIndexGetResp {

    /**
     * Constructs a new RpbYokozunaIndexGetResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbYokozunaIndexGetResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbYokozunaIndexGetResp index. */
    index: RpbYokozunaIndex.$Properties[];

    /**
     * Creates a new RpbYokozunaIndexGetResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbYokozunaIndexGetResp instance
     */
    static create(properties: RpbYokozunaIndexGetResp.$Shape): RpbYokozunaIndexGetResp & RpbYokozunaIndexGetResp.$Shape;
    static create(properties?: RpbYokozunaIndexGetResp.$Properties): RpbYokozunaIndexGetResp;

    /**
     * Encodes the specified RpbYokozunaIndexGetResp message. Does not implicitly {@link RpbYokozunaIndexGetResp.verify|verify} messages.
     * @param message RpbYokozunaIndexGetResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbYokozunaIndexGetResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbYokozunaIndexGetResp message, length delimited. Does not implicitly {@link RpbYokozunaIndexGetResp.verify|verify} messages.
     * @param message RpbYokozunaIndexGetResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbYokozunaIndexGetResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbYokozunaIndexGetResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbYokozunaIndexGetResp & RpbYokozunaIndexGetResp.$Shape} RpbYokozunaIndexGetResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbYokozunaIndexGetResp & RpbYokozunaIndexGetResp.$Shape;

    /**
     * Decodes a RpbYokozunaIndexGetResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbYokozunaIndexGetResp & RpbYokozunaIndexGetResp.$Shape} RpbYokozunaIndexGetResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbYokozunaIndexGetResp & RpbYokozunaIndexGetResp.$Shape;

    /**
     * Verifies a RpbYokozunaIndexGetResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbYokozunaIndexGetResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbYokozunaIndexGetResp
     */
    static fromObject(object: { [k: string]: any }): RpbYokozunaIndexGetResp;

    /**
     * Creates a plain object from a RpbYokozunaIndexGetResp message. Also converts values to other types if specified.
     * @param message RpbYokozunaIndexGetResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbYokozunaIndexGetResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbYokozunaIndexGetResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbYokozunaIndexGetResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbYokozunaIndexGetResp {

    /** Properties of a RpbYokozunaIndexGetResp. */
    interface $Properties {

        /** RpbYokozunaIndexGetResp index */
        index?: (RpbYokozunaIndex.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbYokozunaIndexGetResp. */
    type $Shape = RpbYokozunaIndexGetResp.$Properties;
}

/**
 * Properties of a RpbYokozunaIndexPutReq.
 * @deprecated Use RpbYokozunaIndexPutReq.$Properties instead.
 */
export interface IRpbYokozunaIndexPutReq extends RpbYokozunaIndexPutReq.$Properties {
}

/** Represents a RpbYokozunaIndexPutReq. */
export class RpbYokozunaIndexPutReq {

    /**
     * Constructs a new RpbYokozunaIndexPutReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbYokozunaIndexPutReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbYokozunaIndexPutReq index. */
    index: RpbYokozunaIndex.$Properties;

    /** RpbYokozunaIndexPutReq timeout. */
    timeout: number;

    /**
     * Creates a new RpbYokozunaIndexPutReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbYokozunaIndexPutReq instance
     */
    static create(properties: RpbYokozunaIndexPutReq.$Shape): RpbYokozunaIndexPutReq & RpbYokozunaIndexPutReq.$Shape;
    static create(properties?: RpbYokozunaIndexPutReq.$Properties): RpbYokozunaIndexPutReq;

    /**
     * Encodes the specified RpbYokozunaIndexPutReq message. Does not implicitly {@link RpbYokozunaIndexPutReq.verify|verify} messages.
     * @param message RpbYokozunaIndexPutReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbYokozunaIndexPutReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbYokozunaIndexPutReq message, length delimited. Does not implicitly {@link RpbYokozunaIndexPutReq.verify|verify} messages.
     * @param message RpbYokozunaIndexPutReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbYokozunaIndexPutReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbYokozunaIndexPutReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbYokozunaIndexPutReq & RpbYokozunaIndexPutReq.$Shape} RpbYokozunaIndexPutReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbYokozunaIndexPutReq & RpbYokozunaIndexPutReq.$Shape;

    /**
     * Decodes a RpbYokozunaIndexPutReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbYokozunaIndexPutReq & RpbYokozunaIndexPutReq.$Shape} RpbYokozunaIndexPutReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbYokozunaIndexPutReq & RpbYokozunaIndexPutReq.$Shape;

    /**
     * Verifies a RpbYokozunaIndexPutReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbYokozunaIndexPutReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbYokozunaIndexPutReq
     */
    static fromObject(object: { [k: string]: any }): RpbYokozunaIndexPutReq;

    /**
     * Creates a plain object from a RpbYokozunaIndexPutReq message. Also converts values to other types if specified.
     * @param message RpbYokozunaIndexPutReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbYokozunaIndexPutReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbYokozunaIndexPutReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbYokozunaIndexPutReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbYokozunaIndexPutReq {

    /** Properties of a RpbYokozunaIndexPutReq. */
    interface $Properties {

        /** RpbYokozunaIndexPutReq index */
        index: RpbYokozunaIndex.$Properties;

        /** RpbYokozunaIndexPutReq timeout */
        timeout?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbYokozunaIndexPutReq. */
    type $Shape = RpbYokozunaIndexPutReq.$Properties;
}

/**
 * Properties of a RpbYokozunaIndexDeleteReq.
 * @deprecated Use RpbYokozunaIndexDeleteReq.$Properties instead.
 */
export interface IRpbYokozunaIndexDeleteReq extends RpbYokozunaIndexDeleteReq.$Properties {
}

/** Represents a RpbYokozunaIndexDeleteReq. */
export class RpbYokozunaIndexDeleteReq {

    /**
     * Constructs a new RpbYokozunaIndexDeleteReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbYokozunaIndexDeleteReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbYokozunaIndexDeleteReq name. */
    name: Uint8Array;

    /**
     * Creates a new RpbYokozunaIndexDeleteReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbYokozunaIndexDeleteReq instance
     */
    static create(properties: RpbYokozunaIndexDeleteReq.$Shape): RpbYokozunaIndexDeleteReq & RpbYokozunaIndexDeleteReq.$Shape;
    static create(properties?: RpbYokozunaIndexDeleteReq.$Properties): RpbYokozunaIndexDeleteReq;

    /**
     * Encodes the specified RpbYokozunaIndexDeleteReq message. Does not implicitly {@link RpbYokozunaIndexDeleteReq.verify|verify} messages.
     * @param message RpbYokozunaIndexDeleteReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbYokozunaIndexDeleteReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbYokozunaIndexDeleteReq message, length delimited. Does not implicitly {@link RpbYokozunaIndexDeleteReq.verify|verify} messages.
     * @param message RpbYokozunaIndexDeleteReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbYokozunaIndexDeleteReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbYokozunaIndexDeleteReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbYokozunaIndexDeleteReq & RpbYokozunaIndexDeleteReq.$Shape} RpbYokozunaIndexDeleteReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbYokozunaIndexDeleteReq & RpbYokozunaIndexDeleteReq.$Shape;

    /**
     * Decodes a RpbYokozunaIndexDeleteReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbYokozunaIndexDeleteReq & RpbYokozunaIndexDeleteReq.$Shape} RpbYokozunaIndexDeleteReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbYokozunaIndexDeleteReq & RpbYokozunaIndexDeleteReq.$Shape;

    /**
     * Verifies a RpbYokozunaIndexDeleteReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbYokozunaIndexDeleteReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbYokozunaIndexDeleteReq
     */
    static fromObject(object: { [k: string]: any }): RpbYokozunaIndexDeleteReq;

    /**
     * Creates a plain object from a RpbYokozunaIndexDeleteReq message. Also converts values to other types if specified.
     * @param message RpbYokozunaIndexDeleteReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbYokozunaIndexDeleteReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbYokozunaIndexDeleteReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbYokozunaIndexDeleteReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbYokozunaIndexDeleteReq {

    /** Properties of a RpbYokozunaIndexDeleteReq. */
    interface $Properties {

        /** RpbYokozunaIndexDeleteReq name */
        name: Uint8Array;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbYokozunaIndexDeleteReq. */
    type $Shape = RpbYokozunaIndexDeleteReq.$Properties;
}

/**
 * Properties of a RpbYokozunaSchema.
 * @deprecated Use RpbYokozunaSchema.$Properties instead.
 */
export interface IRpbYokozunaSchema extends RpbYokozunaSchema.$Properties {
}

/** Represents a RpbYokozunaSchema. */
export class RpbYokozunaSchema {

    /**
     * Constructs a new RpbYokozunaSchema.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbYokozunaSchema.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbYokozunaSchema name. */
    name: Uint8Array;

    /** RpbYokozunaSchema content. */
    content: Uint8Array;

    /**
     * Creates a new RpbYokozunaSchema instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbYokozunaSchema instance
     */
    static create(properties: RpbYokozunaSchema.$Shape): RpbYokozunaSchema & RpbYokozunaSchema.$Shape;
    static create(properties?: RpbYokozunaSchema.$Properties): RpbYokozunaSchema;

    /**
     * Encodes the specified RpbYokozunaSchema message. Does not implicitly {@link RpbYokozunaSchema.verify|verify} messages.
     * @param message RpbYokozunaSchema message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbYokozunaSchema.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbYokozunaSchema message, length delimited. Does not implicitly {@link RpbYokozunaSchema.verify|verify} messages.
     * @param message RpbYokozunaSchema message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbYokozunaSchema.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbYokozunaSchema message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbYokozunaSchema & RpbYokozunaSchema.$Shape} RpbYokozunaSchema
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbYokozunaSchema & RpbYokozunaSchema.$Shape;

    /**
     * Decodes a RpbYokozunaSchema message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbYokozunaSchema & RpbYokozunaSchema.$Shape} RpbYokozunaSchema
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbYokozunaSchema & RpbYokozunaSchema.$Shape;

    /**
     * Verifies a RpbYokozunaSchema message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbYokozunaSchema message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbYokozunaSchema
     */
    static fromObject(object: { [k: string]: any }): RpbYokozunaSchema;

    /**
     * Creates a plain object from a RpbYokozunaSchema message. Also converts values to other types if specified.
     * @param message RpbYokozunaSchema
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbYokozunaSchema, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbYokozunaSchema to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbYokozunaSchema
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbYokozunaSchema {

    /** Properties of a RpbYokozunaSchema. */
    interface $Properties {

        /** RpbYokozunaSchema name */
        name: Uint8Array;

        /** RpbYokozunaSchema content */
        content?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbYokozunaSchema. */
    type $Shape = RpbYokozunaSchema.$Properties;
}

/**
 * Properties of a RpbYokozunaSchemaPutReq.
 * @deprecated Use RpbYokozunaSchemaPutReq.$Properties instead.
 */
export interface IRpbYokozunaSchemaPutReq extends RpbYokozunaSchemaPutReq.$Properties {
}

/** Represents a RpbYokozunaSchemaPutReq. */
export class RpbYokozunaSchemaPutReq {

    /**
     * Constructs a new RpbYokozunaSchemaPutReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbYokozunaSchemaPutReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbYokozunaSchemaPutReq schema. */
    schema: RpbYokozunaSchema.$Properties;

    /**
     * Creates a new RpbYokozunaSchemaPutReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbYokozunaSchemaPutReq instance
     */
    static create(properties: RpbYokozunaSchemaPutReq.$Shape): RpbYokozunaSchemaPutReq & RpbYokozunaSchemaPutReq.$Shape;
    static create(properties?: RpbYokozunaSchemaPutReq.$Properties): RpbYokozunaSchemaPutReq;

    /**
     * Encodes the specified RpbYokozunaSchemaPutReq message. Does not implicitly {@link RpbYokozunaSchemaPutReq.verify|verify} messages.
     * @param message RpbYokozunaSchemaPutReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbYokozunaSchemaPutReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbYokozunaSchemaPutReq message, length delimited. Does not implicitly {@link RpbYokozunaSchemaPutReq.verify|verify} messages.
     * @param message RpbYokozunaSchemaPutReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbYokozunaSchemaPutReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbYokozunaSchemaPutReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbYokozunaSchemaPutReq & RpbYokozunaSchemaPutReq.$Shape} RpbYokozunaSchemaPutReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbYokozunaSchemaPutReq & RpbYokozunaSchemaPutReq.$Shape;

    /**
     * Decodes a RpbYokozunaSchemaPutReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbYokozunaSchemaPutReq & RpbYokozunaSchemaPutReq.$Shape} RpbYokozunaSchemaPutReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbYokozunaSchemaPutReq & RpbYokozunaSchemaPutReq.$Shape;

    /**
     * Verifies a RpbYokozunaSchemaPutReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbYokozunaSchemaPutReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbYokozunaSchemaPutReq
     */
    static fromObject(object: { [k: string]: any }): RpbYokozunaSchemaPutReq;

    /**
     * Creates a plain object from a RpbYokozunaSchemaPutReq message. Also converts values to other types if specified.
     * @param message RpbYokozunaSchemaPutReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbYokozunaSchemaPutReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbYokozunaSchemaPutReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbYokozunaSchemaPutReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbYokozunaSchemaPutReq {

    /** Properties of a RpbYokozunaSchemaPutReq. */
    interface $Properties {

        /** RpbYokozunaSchemaPutReq schema */
        schema: RpbYokozunaSchema.$Properties;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbYokozunaSchemaPutReq. */
    type $Shape = RpbYokozunaSchemaPutReq.$Properties;
}

/**
 * Properties of a RpbYokozunaSchemaGetReq.
 * @deprecated Use RpbYokozunaSchemaGetReq.$Properties instead.
 */
export interface IRpbYokozunaSchemaGetReq extends RpbYokozunaSchemaGetReq.$Properties {
}

/** Represents a RpbYokozunaSchemaGetReq. */
export class RpbYokozunaSchemaGetReq {

    /**
     * Constructs a new RpbYokozunaSchemaGetReq.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbYokozunaSchemaGetReq.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbYokozunaSchemaGetReq name. */
    name: Uint8Array;

    /**
     * Creates a new RpbYokozunaSchemaGetReq instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbYokozunaSchemaGetReq instance
     */
    static create(properties: RpbYokozunaSchemaGetReq.$Shape): RpbYokozunaSchemaGetReq & RpbYokozunaSchemaGetReq.$Shape;
    static create(properties?: RpbYokozunaSchemaGetReq.$Properties): RpbYokozunaSchemaGetReq;

    /**
     * Encodes the specified RpbYokozunaSchemaGetReq message. Does not implicitly {@link RpbYokozunaSchemaGetReq.verify|verify} messages.
     * @param message RpbYokozunaSchemaGetReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbYokozunaSchemaGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbYokozunaSchemaGetReq message, length delimited. Does not implicitly {@link RpbYokozunaSchemaGetReq.verify|verify} messages.
     * @param message RpbYokozunaSchemaGetReq message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbYokozunaSchemaGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbYokozunaSchemaGetReq message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbYokozunaSchemaGetReq & RpbYokozunaSchemaGetReq.$Shape} RpbYokozunaSchemaGetReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbYokozunaSchemaGetReq & RpbYokozunaSchemaGetReq.$Shape;

    /**
     * Decodes a RpbYokozunaSchemaGetReq message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbYokozunaSchemaGetReq & RpbYokozunaSchemaGetReq.$Shape} RpbYokozunaSchemaGetReq
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbYokozunaSchemaGetReq & RpbYokozunaSchemaGetReq.$Shape;

    /**
     * Verifies a RpbYokozunaSchemaGetReq message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbYokozunaSchemaGetReq message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbYokozunaSchemaGetReq
     */
    static fromObject(object: { [k: string]: any }): RpbYokozunaSchemaGetReq;

    /**
     * Creates a plain object from a RpbYokozunaSchemaGetReq message. Also converts values to other types if specified.
     * @param message RpbYokozunaSchemaGetReq
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbYokozunaSchemaGetReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbYokozunaSchemaGetReq to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbYokozunaSchemaGetReq
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbYokozunaSchemaGetReq {

    /** Properties of a RpbYokozunaSchemaGetReq. */
    interface $Properties {

        /** RpbYokozunaSchemaGetReq name */
        name: Uint8Array;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbYokozunaSchemaGetReq. */
    type $Shape = RpbYokozunaSchemaGetReq.$Properties;
}

/**
 * Properties of a RpbYokozunaSchemaGetResp.
 * @deprecated Use RpbYokozunaSchemaGetResp.$Properties instead.
 */
export interface IRpbYokozunaSchemaGetResp extends RpbYokozunaSchemaGetResp.$Properties {
}

/** Represents a RpbYokozunaSchemaGetResp. */
export class RpbYokozunaSchemaGetResp {

    /**
     * Constructs a new RpbYokozunaSchemaGetResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: RpbYokozunaSchemaGetResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RpbYokozunaSchemaGetResp schema. */
    schema: RpbYokozunaSchema.$Properties;

    /**
     * Creates a new RpbYokozunaSchemaGetResp instance using the specified properties.
     * @param [properties] Properties to set
     * @returns RpbYokozunaSchemaGetResp instance
     */
    static create(properties: RpbYokozunaSchemaGetResp.$Shape): RpbYokozunaSchemaGetResp & RpbYokozunaSchemaGetResp.$Shape;
    static create(properties?: RpbYokozunaSchemaGetResp.$Properties): RpbYokozunaSchemaGetResp;

    /**
     * Encodes the specified RpbYokozunaSchemaGetResp message. Does not implicitly {@link RpbYokozunaSchemaGetResp.verify|verify} messages.
     * @param message RpbYokozunaSchemaGetResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RpbYokozunaSchemaGetResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Encodes the specified RpbYokozunaSchemaGetResp message, length delimited. Does not implicitly {@link RpbYokozunaSchemaGetResp.verify|verify} messages.
     * @param message RpbYokozunaSchemaGetResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encodeDelimited(message: RpbYokozunaSchemaGetResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RpbYokozunaSchemaGetResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RpbYokozunaSchemaGetResp & RpbYokozunaSchemaGetResp.$Shape} RpbYokozunaSchemaGetResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RpbYokozunaSchemaGetResp & RpbYokozunaSchemaGetResp.$Shape;

    /**
     * Decodes a RpbYokozunaSchemaGetResp message from the specified reader or buffer, length delimited.
     * @param reader Reader or buffer to decode from
     * @returns {RpbYokozunaSchemaGetResp & RpbYokozunaSchemaGetResp.$Shape} RpbYokozunaSchemaGetResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): RpbYokozunaSchemaGetResp & RpbYokozunaSchemaGetResp.$Shape;

    /**
     * Verifies a RpbYokozunaSchemaGetResp message.
     * @param message Plain object to verify
     * @returns `null` if valid, otherwise the reason why it is not
     */
    static verify(message: { [k: string]: any }): (string|null);

    /**
     * Creates a RpbYokozunaSchemaGetResp message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns RpbYokozunaSchemaGetResp
     */
    static fromObject(object: { [k: string]: any }): RpbYokozunaSchemaGetResp;

    /**
     * Creates a plain object from a RpbYokozunaSchemaGetResp message. Also converts values to other types if specified.
     * @param message RpbYokozunaSchemaGetResp
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: RpbYokozunaSchemaGetResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this RpbYokozunaSchemaGetResp to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };

    /**
     * Gets the type url for RpbYokozunaSchemaGetResp
     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
     * @returns The type url
     */
    static getTypeUrl(prefix?: string): string;
}

export namespace RpbYokozunaSchemaGetResp {

    /** Properties of a RpbYokozunaSchemaGetResp. */
    interface $Properties {

        /** RpbYokozunaSchemaGetResp schema */
        schema: RpbYokozunaSchema.$Properties;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RpbYokozunaSchemaGetResp. */
    type $Shape = RpbYokozunaSchemaGetResp.$Properties;
}
