#version 450 core
// Writes the whole I420 frame into one R8 target of W × 3H/2 texels whose bytes, read back row by row, are
// exactly Y (W×H), then U (W/2×H/2), then V. Read-back starts at GL's bottom row, so memory row 0 is the
// image's top row and the source is sampled with v flipped.
uniform sampler2D uLdr;
uniform vec2 uOutSize;
uniform vec2 uInSize;
uniform int uUpscale;
uniform float uGrain;
uniform uint uGrainKey;
layout(location = 0) out vec4 outColour;

// Catmull-Rom in five bilinear taps (the four corner taps carry almost no weight and are dropped).
vec3 catmullRom(vec2 uv)
{
    vec2 samplePos = uv * uInSize;
    vec2 texPos1 = floor(samplePos - 0.5) + 0.5;
    vec2 f = samplePos - texPos1;
    vec2 w0 = f * (-0.5 + f * (1.0 - 0.5 * f));
    vec2 w1 = 1.0 + f * f * (-2.5 + 1.5 * f);
    vec2 w2 = f * (0.5 + f * (2.0 - 1.5 * f));
    vec2 w3 = f * f * (-0.5 + 0.5 * f);
    vec2 w12 = w1 + w2;
    vec2 tc0 = (texPos1 - 1.0) / uInSize;
    vec2 tc3 = (texPos1 + 2.0) / uInSize;
    vec2 tc12 = (texPos1 + w2 / w12) / uInSize;
    vec3 c = texture(uLdr, vec2(tc12.x, tc0.y)).rgb * (w12.x * w0.y)
           + texture(uLdr, vec2(tc0.x, tc12.y)).rgb * (w0.x * w12.y)
           + texture(uLdr, tc12).rgb * (w12.x * w12.y)
           + texture(uLdr, vec2(tc3.x, tc12.y)).rgb * (w3.x * w12.y)
           + texture(uLdr, vec2(tc12.x, tc3.y)).rgb * (w12.x * w3.y);
    float w = w12.x * w0.y + w0.x * w12.y + w12.x * w12.y + w3.x * w12.y + w12.x * w3.y;
    return clamp(c / w, 0.0, 1.0);
}

float vignette(vec2 uv)
{
    vec2 d = (uv - 0.5) * vec2(uOutSize.x / uOutSize.y, 1.0);
    return 1.0 - 0.28 * smoothstep(0.35, 1.05, length(d));
}

void main()
{
    ivec2 fc = ivec2(gl_FragCoord.xy);
    int w = int(uOutSize.x), h = int(uOutSize.y);
    float value;
    if (fc.y < h)
    {
        vec2 uv = vec2((float(fc.x) + 0.5) / uOutSize.x, 1.0 - (float(fc.y) + 0.5) / uOutSize.y);
        vec3 c = (uUpscale != 0 ? catmullRom(uv) : texture(uLdr, uv).rgb) * vignette(uv);
        float y = dot(c, LUMA709);
        // Grain: triangular noise per pixel, from (seed, film time, pixel); strongest in the mid-tones like film.
        uint k = pcgHash(uint(fc.x) + pcgHash(uint(fc.y) + pcgHash(uGrainKey)));
        uint k2 = pcgHash(k);
        float noise = (float(k & 0xFFFFu) + float(k2 & 0xFFFFu)) / 65535.0 - 1.0;
        y += noise * uGrain * 0.09 * (0.35 + y * (1.0 - y) * 2.6);
        value = (16.0 + 219.0 * clamp(y, 0.0, 1.0)) / 255.0;
    }
    else
    {
        int cw = w / 2, ch = h / 2;
        int index = (fc.y - h) * w + fc.x;
        int plane = index / (cw * ch);
        int k = index - plane * cw * ch;
        int cx = k % cw, cy = k / cw;
        // The centre of the 2×2 block: one bilinear tap averages it.
        vec2 uv = vec2((2.0 * float(cx) + 1.0) / uOutSize.x, 1.0 - (2.0 * float(cy) + 1.0) / uOutSize.y);
        vec3 c = texture(uLdr, uv).rgb * vignette(uv);
        float y = dot(c, LUMA709);
        float chroma = plane == 0 ? (c.b - y) / 1.8556 : (c.r - y) / 1.5748;
        value = (128.0 + 224.0 * clamp(chroma, -0.5, 0.5)) / 255.0;
    }
    outColour = vec4(value, 0.0, 0.0, 1.0);
}
