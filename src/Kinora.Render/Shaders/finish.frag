#version 450 core
// At the internal resolution, one pass: FXAA (after Timothy Lottes, the compact PC variant: edge direction
// from the luma of the four diagonal neighbours, two or four taps along it) on the encoded radiance, a light
// sharpen from those same neighbours when the image will be upscaled, then in radiance: motion blur along the
// camera's motion (MOTION_BLUR), the half-resolution depth-of-field layer where the lens blurs (DOF), bloom;
// then ACES, rain or snow (lit by the bloom's glow), the look's grade and the vignette. One pass instead of five: llvmpipe pays per
// full-screen pass.
in vec2 vUv;
uniform sampler2D uLdr;
uniform sampler2D uBloom;
uniform sampler2D uDepth;
uniform sampler2D uDof;
uniform vec2 uTexel;
uniform float uSharpen;
uniform float uBloomStrength;
uniform mat4 uReproject; // this frame's clip space to the previous frame's (motion blur)
#if defined(BLUR_TAPS_2)
const int BlurTaps = 2;  // how many taps of the scene along it (GlRenderer.MotionBlurTaps)
#elif defined(BLUR_TAPS_4)
const int BlurTaps = 4;
#else
const int BlurTaps = 6;
#endif
uniform float uTime;
uniform float uAspect;
uniform float uRain;
uniform float uSnow;
uniform float uWind;
uniform vec3 uWeatherColour;
uniform float uSaturation;
uniform float uContrast;
uniform vec3 uLift;
uniform vec3 uGain;
uniform vec3 uShadowTint;
uniform vec3 uHighlightTint;
uniform float uMonochrome;
uniform float uVignette;
uniform float uNight;
uniform mat4 uInvViewProj; // BEAM: the view ray of each pixel
uniform vec3 uEye;
layout(location = 0) out vec4 outColour;

#include "beam.glsl"

#ifdef RAIN_GLOW
uniform sampler2D uAirGlow; // the lamps' light in the rain-filled air, at a quarter of the resolution (rain_glow.frag)
#endif

// The grade's soft shoulder: straight up to 0.85, then a rational roll toward white, so what the contrast and
// gain push past white (lit windows at night, a sunlit white wall, a lamp's bloom) keeps its gradation instead of
// clipping to a flat patch; noir, with the steepest contrast, needs it most.
vec3 shoulder(vec3 c)
{
    vec3 over = max(c - 0.85, 0.0);
    return c - over + over / (1.0 + over * (1.0 / 0.15)); // rational, not exp(): one division on llvmpipe
}

// Falling streaks in screen space: columns with a random offset each, a streak every few cells, moving with
// film time. Layers at different scales read as depth.
float rainLayer(vec2 uv, float scale, float speed, float seed)
{
    vec2 p = vec2(uv.x * uAspect, uv.y) * scale;
    p.x += p.y * clamp(uWind * 0.04, -0.4, 0.4);
    p.y += uTime * speed;
    float column = floor(p.x);
    float across = abs(fract(p.x) - (0.2 + 0.6 * hash12(vec2(column, seed))));
    float y = p.y * 0.12 + hash12(vec2(seed, column)) * 9.0;
    float along = fract(y);
    float present = step(hash12(vec2(column, floor(y) + seed * 7.0)), 0.25 + 0.5 * uRain);
    return present * smoothstep(0.0, 0.08, along) * smoothstep(0.5, 0.2, along) * (1.0 - smoothstep(0.02, 0.06, across));
}

float snowLayer(vec2 uv, float scale, float speed, float seed)
{
    vec2 p = vec2(uv.x * uAspect, uv.y) * scale;
    p += vec2(uTime * uWind * 0.02 + sin(uTime * 0.7 + seed) * 0.3, uTime * speed);
    vec2 cell = floor(p);
    vec2 centre = vec2(hash12(cell + seed), hash12(cell + seed + 19.0)) * 0.7 + 0.15;
    float present = step(hash12(cell * 1.7 + seed), 0.15 + 0.6 * uSnow);
    return present * smoothstep(0.12, 0.04, length(fract(p) - centre));
}

void main()
{
    // The neighbourhood at texel centres: fetches, not filtered taps (this pass runs at the scene's resolution).
    ivec2 at = ivec2(gl_FragCoord.xy);
    ivec2 last = textureSize(uLdr, 0) - 1;
    vec4 centre = texelFetch(uLdr, at, 0);
    vec4 nw = texelFetch(uLdr, clamp(at + ivec2(-1, 1), ivec2(0), last), 0);
    vec4 ne = texelFetch(uLdr, clamp(at + ivec2(1, 1), ivec2(0), last), 0);
    vec4 sw = texelFetch(uLdr, clamp(at + ivec2(-1, -1), ivec2(0), last), 0);
    vec4 se = texelFetch(uLdr, clamp(at + ivec2(1, -1), ivec2(0), last), 0);
    float lumaMin = min(centre.a, min(min(nw.a, ne.a), min(sw.a, se.a)));
    float lumaMax = max(centre.a, max(max(nw.a, ne.a), max(sw.a, se.a)));
    vec3 c = centre.rgb;
    if (lumaMax - lumaMin >= max(0.0312, lumaMax * 0.125))
    {
        vec2 dir = vec2(-((nw.a + ne.a) - (sw.a + se.a)), (nw.a + sw.a) - (ne.a + se.a));
        float reduce = max((nw.a + ne.a + sw.a + se.a) * (0.25 * 0.125), 1.0 / 128.0);
        float rcpDirMin = 1.0 / (min(abs(dir.x), abs(dir.y)) + reduce);
        dir = clamp(dir * rcpDirMin, vec2(-8.0), vec2(8.0)) * uTexel;
        vec3 a = 0.5 * (texture(uLdr, vUv + dir * (1.0 / 3.0 - 0.5)).rgb + texture(uLdr, vUv + dir * (2.0 / 3.0 - 0.5)).rgb);
        vec3 b = a * 0.5 + 0.25 * (texture(uLdr, vUv + dir * -0.5).rgb + texture(uLdr, vUv + dir * 0.5).rgb);
        float lumaB = dot(b, LUMA709);
        c = (lumaB < lumaMin || lumaB > lumaMax) ? a : b;
    }
    else
    {
        // Unsharp mask on flat-ish areas only (edges were just smoothed): restores texture the upscale softens.
        vec3 blur = 0.25 * (nw.rgb + ne.rgb + sw.rgb + se.rgb);
        c = clamp(c + (c - blur) * uSharpen, 0.0, 0.996);
    }
    vec3 hdr = decodeScene(c);

#if defined(MOTION_BLUR) || defined(DOF)
    float depth = texture(uDepth, vUv).r;
#endif
#ifdef MOTION_BLUR
    {
        // Where this pixel was a frame ago, from its depth; a 180° shutter smears over half of that motion,
        // centred on the frame's time. BlurTaps taps of the scene (two, four or six, as many as the frame's smear needs
        // for taps at most 1.5 pixels apart: GlRenderer.MotionBlurTaps) plus the anti-aliased centre.
        vec4 previous = uReproject * vec4(vUv * 2.0 - 1.0, depth, 1.0);
        vec2 motion = vUv - (previous.xy / max(previous.w, 1e-5) * 0.5 + 0.5);
        motion *= min(1.0, 0.06 / max(length(motion), 1e-6)) * 0.5;
        vec3 sum = hdr;
        for (int i = 0; i < BlurTaps; i++) // a constant count, so the loop unrolls (a loop over a uniform costs more)
        {
            float k = (float(i) + 0.5) / float(BlurTaps) - 0.5;
            sum += decodeScene(texture(uLdr, vUv + motion * k).rgb);
        }
        hdr = sum / float(BlurTaps + 1);
    }
#endif
#ifdef DOF
    {
        // Out of focus: the half-resolution gather; the blend starts at half a pixel of blur.
        float coc = circleOfConfusion(depth);
        hdr = mix(hdr, texture(uDof, vUv).rgb, smoothstep(0.5, 2.0, coc));
    }
#endif
#ifdef BEAM
    {
        // The lighthouse's beams in the air between the eye and what this pixel sees (the far plane for sky).
        float beamDepth = texture(uDepth, vUv).r;
        vec4 seen = uInvViewProj * vec4(vUv * 2.0 - 1.0, max(beamDepth, 1e-7), 1.0);
        vec3 ray = seen.xyz / seen.w - uEye;
        float reach = length(ray);
        hdr += beamInAir(uEye, ray / reach, reach, uFogDensity, uRain) * uExposure;
    }
#endif
#ifdef RAIN_GLOW
    vec3 air = texture(uAirGlow, vUv).rgb;
    hdr += air;
#endif
    vec3 glow = texture(uBloom, vUv).rgb;
    hdr += glow * uBloomStrength;
    c = toneMap(hdr);

#if defined(RAIN) || defined(SNOW)
    // Rain and snow catch the light around them: the sky's and the ambient's colour everywhere, screened with the
    // glow of lamps, lit windows and the sun where the bloom (the light above its threshold, blurred) says there is
    // some, so drops sparkle in a street lamp's pool and stay dim in the dark between lamps.
#ifdef RAIN_GLOW
    vec3 caught = toneMap(glow * 3.0 + air * 20.0); // a drop outshines the air around it
#else
    vec3 caught = toneMap(glow * 3.0);
#endif
#endif
#ifdef RAIN
    {
        float streaks = rainLayer(vUv, 45.0, 30.0, 1.0) * 0.5 + rainLayer(vUv, 80.0, 42.0, 2.0) * 0.35 + rainLayer(vUv, 130.0, 60.0, 3.0) * 0.25;
        vec3 drops = 1.0 - (1.0 - uWeatherColour) * (1.0 - caught);
        c = mix(c, drops, clamp(streaks * uRain, 0.0, 0.6));
    }
#endif
#ifdef SNOW
    {
        float flakes = snowLayer(vUv, 18.0, 1.2, 1.0) + snowLayer(vUv, 32.0, 0.9, 2.0) * 0.7 + snowLayer(vUv, 55.0, 0.6, 3.0) * 0.5;
        vec3 lit = 1.0 - (1.0 - min(uWeatherColour * 1.3, vec3(1.0))) * (1.0 - caught);
        c = mix(c, lit, clamp(flakes * uSnow, 0.0, 0.9));
    }
#endif

    // The look, in display (gamma-encoded) space where a colourist turns the knobs.
    float luma = dot(c, LUMA709);
    // Night: the eye loses colour in the dark and what is left reads as moonlight blue, so the darker tones drain
    // toward a cool grey while lamps and windows keep their warmth (day-for-night grading does the same).
    float scotopic = uNight * 0.55 * (1.0 - smoothstep(0.15, 0.55, luma));
    c = mix(c, luma * vec3(0.82, 0.95, 1.22), scotopic);
    c = mix(vec3(luma), c, uSaturation);
    c = mix(c, vec3(luma), uMonochrome);
    c = (c - 0.45) * uContrast + 0.45;
    c = c * uGain + uLift * (1.0 - c);
    c *= 2.0 * mix(uShadowTint, uHighlightTint, smoothstep(0.1, 0.8, luma));
    c = shoulder(c);
    // Vignette: a lens's fall-off toward the corners.
    vec2 d = (vUv - 0.5) * vec2(uAspect, 1.0);
    c *= 1.0 - uVignette * smoothstep(0.35, 1.05, length(d));
    outColour = vec4(clamp(c, 0.0, 1.0), 1.0);
}
