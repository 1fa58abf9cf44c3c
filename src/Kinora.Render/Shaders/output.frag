#version 450 core
// Writes the whole I420 frame (BT.709, limited range) into one target whose bytes, read back row by row, are
// exactly Y (W×H), then U (W/2×H/2), then V. With uBytesPerTexel 4 the target is RGBA8 of W/4 × 3H/2 and each
// fragment makes four bytes: a quarter of the fragments, which is what llvmpipe charges for. With 1 it is R8 of
// W × 3H/2 (widths not divisible by 4). Read-back starts at GL's bottom row, so memory row 0 is the image's top
// row and the source is sampled with v flipped. The source was sharpened at its own resolution, so one
// bilinear tap upscales it. Written without branches or integer division, both of which llvmpipe pays for on
// every lane.
uniform sampler2D uLdr;
uniform vec2 uOutSize;
uniform int uBytesPerTexel;
uniform ivec2 uVPlaneStart; // (row, byte) where V begins inside the chroma rows: (H/4, 0) or (H/4, W/2)
uniform float uGrain;
uniform uint uGrainKey;
uniform ivec4 uPicture; // the picture inside the letterbox: x0, y0 (top row), x1, y1 (exclusive), in output pixels
layout(location = 0) out vec4 outColour;

#include "yuv.glsl"

float byteAt(int x, int y, int w, int h, uint noise)
{
    bool isLuma = y < h;
    // Chroma rows hold W bytes each: two rows of a W/2-wide plane.
    int r = y - h, b = x;
    bool isV = r > uVPlaneStart.x || (r == uVPlaneStart.x && b >= uVPlaneStart.y);
    r -= isV ? uVPlaneStart.x : 0;
    b -= isV ? uVPlaneStart.y : 0;
    r -= b < 0 ? 1 : 0;
    b += b < 0 ? w : 0;
    int halfW = w / 2;
    int cy = 2 * r + (b >= halfW ? 1 : 0), cx = b - (b >= halfW ? halfW : 0);
    // Luma: the pixel's centre; chroma: the centre of its 2×2 block, where one bilinear tap averages the four.
    vec2 uv = isLuma ? vec2((float(x) + 0.5) / uOutSize.x, 1.0 - (float(y) + 0.5) / uOutSize.y)
                     : vec2((2.0 * float(cx) + 1.0) / uOutSize.x, 1.0 - (2.0 * float(cy) + 1.0) / uOutSize.y);
    // Letterbox: black outside the picture (bars are whole chroma blocks, so a block is all in or all out).
    ivec2 at = isLuma ? ivec2(x, y) : ivec2(2 * cx, 2 * cy);
    float inside = float(at.x >= uPicture.x && at.x < uPicture.z && at.y >= uPicture.y && at.y < uPicture.w);
    vec3 c = texture(uLdr, uv).rgb * inside;
    float luma = dot(c, LUMA709);
    // Grain from (seed, film time, pixel).
    return isLuma ? lumaCode(luma, grainNoise(noise), uGrain, inside) : chromaCode(c, luma, isV);
}

void main()
{
    ivec2 fc = ivec2(gl_FragCoord.xy);
    int w = int(uOutSize.x), h = int(uOutSize.y);
    int x = fc.x * uBytesPerTexel;
    uint noise = pcgHash(uint(fc.y * w + x) ^ uGrainKey);
    if (uBytesPerTexel == 4)
        outColour = vec4(byteAt(x, fc.y, w, h, noise), byteAt(x + 1, fc.y, w, h, noise >> 8u), byteAt(x + 2, fc.y, w, h, noise >> 16u), byteAt(x + 3, fc.y, w, h, noise >> 24u));
    else
        outColour = vec4(byteAt(x, fc.y, w, h, noise), 0.0, 0.0, 1.0);
}
